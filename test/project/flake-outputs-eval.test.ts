// The whole flake, evaluated: golden/projects/every-output is one flake.ts with every kind of output (NixOS hosts
// with sops-nix, disko and a home-manager user, a VM variant, an installer ISO, a Mac, a standalone home, deploy-rs
// nodes and checks, a colmena hive, a VM test, formatter, dev shells, an overlay, exported modules). tsnix build
// writes it; support/call-flake.nix calls its outputs with the fixtures' real flakes as inputs (nixpkgs-20.09,
// home-manager, nix-darwin, sops-nix, disko, deploy-rs, colmena; stand-ins for flake-utils, flake-compat and
// nix-github-actions), all in one nix process. Where an input's current code cannot run on nixpkgs-20.09 the
// check goes as deep as it can (named in each expectation): the outputs are what their tools read.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProject } from "../../compiler/src/project/build-project.js";
import { goldenRoot } from "../support/golden-cases.js";
import { fixturesAtHand, fixturesRoot } from "../support/fixtures.js";
import { nixPathOf } from "../support/module-eval.js";
import { evalJson, nixAvailable } from "../support/nix.js";
import { writeNixpkgsView } from "../support/nixpkgs-view.js";

const SUPPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "support");
const PROJECT = path.join(goldenRoot, "projects", "every-output", "input");
const FIXTURES = [
  "nixpkgs-20.09",
  "nixpkgs-lib",
  "home-manager",
  "nix-darwin",
  "sops-nix",
  "disko",
  "deploy-rs",
  "colmena",
];
const atHand = nixAvailable() && fixturesAtHand("whole-flake evaluation", ...FIXTURES);

/** What the test reads of the flake, as one Nix expression (one nix process). */
const SUMMARY = `
  let
    inherit (flakes) self hybrid;
    hosts = self.nixosConfigurations;
    storage = hosts.storage.config;
    deployWeb = self.deploy.nodes.web;
    hive = self.colmenaHive;
    withOverlay = import flakes.nixpkgs.outPath { system = "x86_64-linux"; overlays = [ self.overlays.default ]; };
  in
  {
    outputs = builtins.attrNames self.outputs;
    nixosConfigurations = builtins.attrNames hosts;
    toplevel = builtins.mapAttrs (_: h: h.config.system.build.toplevel.drvPath) {
      inherit (hosts) web web-vm installer;
    };
    webVmIsVm = hosts.web-vm.config.virtualisation.memorySize;
    installerIsIso = hosts.installer.config.isoImage.isoName or null;
    storage = {
      secret = storage.services.restic.backups.local.passwordFile;
      secretOwner = storage.sops.secrets."restic-password".owner;
      disk = storage.disko.devices.disk.main.device;
    };
    home = {
      inherit (hybrid.homeConfigurations.alice.config.home) username homeDirectory;
      editor = hybrid.homeConfigurations.alice.config.home.sessionVariables.EDITOR;
    };
    mac = {
      hostName = hybrid.darwinConfigurations.mac.config.networking.hostName;
      aliceEditor = hybrid.darwinConfigurations.mac.config.home-manager.users.alice.home.sessionVariables.EDITOR;
      aliceHome = hybrid.darwinConfigurations.mac.config.home-manager.users.alice.home.homeDirectory;
    };
    deploy = {
      nodes = builtins.attrNames self.deploy.nodes;
      web = { inherit (deployWeb) hostname remoteBuild; user = deployWeb.profiles.system.user; };
      webProfile = deployWeb.profiles.system.path.name;
    };
    checks = builtins.mapAttrs (_: builtins.attrNames) self.checks;
    vmTest = self.checks.x86_64-linux.web.drvPath;
    hive = {
      nodes = builtins.attrNames hive.nodes;
      web = { inherit (hive.deploymentConfig.web) targetHost buildOnTarget; };
      storageTags = hive.deploymentConfig.storage.tags;
    };
    formatter = self.formatter.x86_64-linux.name;
    devShell = self.devShells.x86_64-linux.default.drvPath;
    overlay = withOverlay.greeting.name;
    exported = { nixos = builtins.attrNames self.nixosModules; home = builtins.attrNames self.homeModules; };
  }`;

describe.skipIf(!atHand)("the whole flake, evaluated with the fixtures as inputs", () => {
  let work: string;
  let summary: Record<string, unknown> = {};
  let problem = "";

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-flake-eval-"));
    const built = buildProject(PROJECT);
    if (built.hasErrors) {
      problem = built.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join("\n");
      return;
    }
    const flake = path.join(work, "flake");
    for (const file of built.files) {
      const target = path.join(flake, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      if (file.kind === "generated") fs.writeFileSync(target, file.text);
      else fs.copyFileSync(path.join(PROJECT, file.source), target);
    }
    const view = path.join(work, "nixpkgs");
    fs.mkdirSync(view);
    writeNixpkgsView(view, fixturesRoot());
    const flakes = `import ${nixPathOf(path.join(SUPPORT, "call-flake.nix"))} {
      fixtures = ${nixPathOf(fixturesRoot())};
      flake = ${nixPathOf(flake)};
      nixpkgsView = ${nixPathOf(view)};
    }`;
    const result = evalJson(`let flakes = ${flakes}; in ${SUMMARY}`, work);
    if (result.ok) summary = result.value as Record<string, unknown>;
    else problem = result.error;
  }, 600_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it("builds and evaluates", () => {
    expect(problem).toBe("");
  });

  it("has every kind of output", () => {
    expect(summary["outputs"]).toEqual([
      "checks",
      "colmena",
      "colmenaHive",
      "darwinConfigurations",
      "deploy",
      "devShells",
      "formatter",
      "homeConfigurations",
      "homeModules",
      "nixosConfigurations",
      "nixosModules",
      "overlays",
      "packages",
    ]);
    expect(summary["exported"]).toEqual({ nixos: ["monitoring"], home: ["alice"] });
  });

  it("nixosConfigurations: hosts, a VM variant and an installer ISO evaluate to systems (drvPath)", () => {
    expect(summary["nixosConfigurations"]).toEqual(["installer", "storage", "web", "web-vm"]);
    const toplevel = summary["toplevel"] as Record<string, string>;
    for (const name of ["web", "web-vm", "installer"]) {
      expect(toplevel[name]).toMatch(/^\/nix\/store\/[a-z0-9]{32}-nixos-system-.*\.drv$/);
    }
    expect(toplevel["web-vm"]).not.toBe(toplevel["web"]);
    expect(summary["webVmIsVm"]).toBe(2048);
    expect(summary["installerIsIso"]).toMatch(/\.iso$/);
  });

  it("a host with sops-nix and disko: the secret is sops-nix's path, the layout is disko's", () => {
    // sops-nix's and disko's current modules give these under 20.09's lib; the rest of that system (disko's types,
    // home-manager's NixOS module) needs a newer lib, so its drvPath is not evaluated.
    expect(summary["storage"]).toEqual({
      secret: "/run/secrets/restic-password",
      secretOwner: "root",
      disk: "/dev/sda",
    });
  });

  it("homeConfigurations and darwinConfigurations, by home-manager's and nix-darwin's own code", () => {
    // Both refuse 20.09's lib: evaluated with the current lib beside 20.09's packages (call-flake.nix `hybrid`).
    expect(summary["home"]).toEqual({ username: "alice", homeDirectory: "/home/alice", editor: "vim" });
    // alice's home module leaves homeDirectory to the system where one manages her (mkDefault): on the Mac, hers.
    expect(summary["mac"]).toEqual({ hostName: "mac", aliceEditor: "vim", aliceHome: "/Users/alice" });
  });

  it("deploy-rs nodes and their checks", () => {
    expect(summary["deploy"]).toEqual({
      nodes: ["storage", "web"],
      web: { hostname: "web.home.example.org", remoteBuild: true, user: "root" },
      webProfile: expect.stringMatching(/^activatable-nixos-system-web-/),
    });
    const checks = summary["checks"] as Record<string, string[]>;
    for (const system of ["x86_64-linux", "aarch64-linux"]) {
      expect(checks[system]).toEqual(["deploy-activate", "deploy-schema", "web"]);
    }
  });

  it("a VM test check (nixosTest) and a colmena hive read by colmena's makeHive", () => {
    expect(summary["vmTest"]).toMatch(/-vm-test-run-web\.drv$/);
    expect(summary["hive"]).toEqual({
      nodes: ["storage", "web"],
      web: { targetHost: "web.home.example.org", buildOnTarget: true },
      storageTags: ["storage"],
    });
  });

  it("formatter, dev shells and the overlay", () => {
    expect(summary["formatter"]).toMatch(/^nixpkgs-fmt/);
    expect(summary["devShell"]).toMatch(/-nix-shell\.drv$/);
    expect(summary["overlay"]).toMatch(/^hello-/);
  });
});
