// `tsnix types --flake DIR`: the option sets are found among the flake's inputs (by the files each source holds),
// their sources come from --override-input, local URLs, or nix's fetcher, and each set's typings are generated from
// the input's own code into DIR/.tsnix/types, ready to check the project.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FlakeInputModel } from "../../../compiler/src/project/flake-model.js";
import {
  InputSourceError,
  planFlakeTypings,
  resolveInputSources,
} from "../../../compiler/src/project/flake-typings.js";
import { fixture, fixturesAtHand } from "../../support/fixtures.js";
import { runCli } from "../../support/run-cli.js";
import { createCheckedProgram, describeDiagnostic, listFiles } from "./support/typings-fixtures.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-types-flake-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A directory holding the given (empty) files: enough for a source to be recognised. */
function source(name: string, files: readonly string[], contents: Record<string, string> = {}): string {
  const dir = path.join(root, name);
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), contents[file] ?? "");
  }
  return fs.realpathSync(dir);
}

const input = (name: string, extra: Partial<FlakeInputModel> = {}): FlakeInputModel => ({
  name,
  url: `github:owner/${name}`,
  inputFollows: [],
  ...extra,
});

describe("planning the sets from the input sources", () => {
  const nixpkgs = source("nixpkgs", ["nixos/modules/module-list.nix", "lib/default.nix", "lib/modules.nix"]);
  const lib = source("nixpkgs-lib", ["lib/default.nix", "lib/modules.nix"]);
  const hm = source("hm", ["modules/modules.nix", "modules/home-environment.nix", "nixos/default.nix"]);
  const darwin = source("darwin", ["modules/module-list.nix", "eval-config.nix"]);
  const sops = source("sops", ["modules/sops/default.nix"]);
  const disko = source("disko", ["module.nix"], { "module.nix": "{ options.disko.devices = {}; }" });
  const notDisko = source("other", ["module.nix"], { "module.nix": "{ }" });

  it("finds NixOS in nixpkgs, and evaluates every other set with its lib", () => {
    const plan = planFlakeTypings(
      new Map([
        ["nixpkgs", nixpkgs],
        ["home-manager", hm],
        ["darwin", darwin],
        ["sops-nix", sops],
        ["disko", disko],
        ["utils", notDisko],
      ]),
    );
    expect(plan.sets.map((s) => [s.setKey, s.input, s.extract.set])).toEqual([
      ["nixos", "nixpkgs", "nixos"],
      ["home-manager", "home-manager", "home-manager"],
      ["home-manager-nixos", "home-manager", path.join(hm, "nixos", "default.nix")],
      ["nix-darwin", "darwin", "nix-darwin"],
      ["sops-nix", "sops-nix", path.join(sops, "modules/sops/default.nix")],
      ["disko", "disko", path.join(disko, "module.nix")],
    ]);
    expect(plan.sets.find((s) => s.setKey === "sops-nix")!.extract.nixpkgs).toBe(path.join(nixpkgs, "lib"));
    expect(plan.sets.find((s) => s.setKey === "nix-darwin")!.extract.darwin).toBe(darwin);
    expect(plan.notes).toEqual([expect.stringMatching(/^utils: no option set tsnix knows/)]);
  });

  it("says there are no NixOS options in a lib-only nixpkgs, and follows the input named nixpkgs", () => {
    const plan = planFlakeTypings(
      new Map([
        ["nixpkgs", lib],
        ["unstable", nixpkgs],
        ["sops-nix", sops],
      ]),
    );
    expect(plan.sets.map((s) => s.setKey)).toEqual(["sops-nix"]);
    expect(plan.notes).toEqual([
      expect.stringMatching(/^nixpkgs: holds only a nixpkgs lib/),
      expect.stringMatching(/^unstable: a second nixpkgs; typings follow 'nixpkgs'/),
    ]);
  });

  it("refuses a flake without a nixpkgs, or with several and none named nixpkgs", () => {
    expect(() => planFlakeTypings(new Map([["sops-nix", sops]]))).toThrow(/no nixpkgs input/);
    expect(() =>
      planFlakeTypings(
        new Map([
          ["a", nixpkgs],
          ["b", lib],
        ]),
      ),
    ).toThrow(/several inputs hold a nixpkgs/);
  });

  it("takes overrides and local URLs as they are, skips inputs that only follow another, and checks names", () => {
    const inputs = [
      input("nixpkgs"),
      input("sops-nix", { url: `path:${sops}` }),
      input("local", { url: "./vendored" }),
      input("alias", { url: undefined, follows: "nixpkgs" }),
    ];
    fs.mkdirSync(path.join(root, "project", "vendored"), { recursive: true });
    const sources = resolveInputSources(inputs, [["nixpkgs", nixpkgs]], root, path.join(root, "project"));
    expect([...sources]).toEqual([
      ["nixpkgs", nixpkgs],
      ["sops-nix", sops],
      ["local", fs.realpathSync(path.join(root, "project", "vendored"))],
    ]);
    expect(() => resolveInputSources(inputs, [["nixpkgz", nixpkgs]], root, root)).toThrow(
      /--override-input nixpkgz: the flake has no input 'nixpkgz'/,
    );
    expect(() => resolveInputSources(inputs, [["nixpkgs", path.join(root, "missing")]], root, root)).toThrow(
      InputSourceError,
    );
  });
});

const atHand = fixturesAtHand(
  "tsnix types --flake against real inputs",
  "nixpkgs-lib",
  "home-manager",
  "sops-nix",
  "agenix",
  "nix-darwin",
);

describe.skipIf(!atHand)("tsnix types --flake against real inputs (lib-only nixpkgs)", () => {
  const project = path.join(root, "homelab");
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    // agenix comes through nix's own fetcher (a git repository on disk), the others through --override-input
    const agenixRepo = path.join(root, "agenix-repo");
    fs.cpSync(fixture("agenix"), agenixRepo, { recursive: true });
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", ...args], { cwd: agenixRepo });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "snapshot");
    fs.mkdirSync(project, { recursive: true });
    fs.writeFileSync(
      path.join(project, "flake.ts"),
      [
        'import { defineFlake } from "tsnix";',
        "export default defineFlake({",
        "  inputs: {",
        '    nixpkgs: "github:NixOS/nixpkgs/nixos-25.11",',
        '    "home-manager": { url: "github:nix-community/home-manager", inputs: { nixpkgs: { follows: "nixpkgs" } } },',
        '    "sops-nix": "github:Mic92/sops-nix",',
        `    agenix: "git+file://${agenixRepo}",`,
        '    "nix-darwin": "github:LnL7/nix-darwin",',
        "  },",
        "  hosts: {},",
        "});",
      ].join("\n"),
    );
    const override = (name: string, dir: string) => ["--override-input", name, dir];
    run = await runCli(project, [
      "types",
      "--flake",
      ".",
      ...override("nixpkgs", fixture("nixpkgs-lib")),
      ...override("home-manager", fixture("home-manager")),
      ...override("sops-nix", fixture("sops-nix")),
      ...override("nix-darwin", fixture("nix-darwin")),
    ]);
  }, 300_000);

  it("generates every set the inputs hold into DIR/.tsnix/types", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("nixpkgs: holds only a nixpkgs lib");
    expect(run.stdout).toContain("5 of 5 option sets written to .tsnix/types");
    const dirs = fs.readdirSync(path.join(project, ".tsnix", "types")).filter((d) => !d.startsWith("."));
    expect(dirs.sort()).toEqual(["agenix", "home-manager", "home-manager-nixos", "nix-darwin", "sops-nix"]);
  });

  it("writes typings that check a config strictly, secrets included", () => {
    const config = path.join(project, "secrets.ts");
    fs.writeFileSync(
      config,
      [
        'import { ageSecret, path, type OptionSetConfig } from "tsnix";',
        'export const sops: OptionSetConfig<"sops-nix"> = {',
        '  sops: { defaultSopsFile: path("./secrets.yaml"), secrets: { db: { owner: "postgres", mode: "0400" } } },',
        "};",
        'export const age: OptionSetConfig<"agenix"> = { age: { secrets: { db: { file: path("./db.age") } } } };',
        'export const wrong: OptionSetConfig<"sops-nix"> = { sops: { secrets: { db: { ownr: "x" } } } };',
        "export const used = ageSecret('db');",
        'export const users: OptionSetConfig<"home-manager-nixos"> = {',
        '  "home-manager": { useGlobalPkgs: true, users: { alice: { home: { stateVersion: "24.11" } } } },',
        "};",
        'export const wrongUser: OptionSetConfig<"home-manager-nixos"> = { "home-manager": { users: { bob: { hom: {} } } } };',
      ].join("\n"),
    );
    const checked = createCheckedProgram([
      ...listFiles(path.join(project, ".tsnix", "types"), ".d.ts"),
      config,
    ]);
    expect(checked.diagnostics(config).map(describeDiagnostic)).toEqual([
      expect.stringMatching(/^secrets\.ts:6:\d+ TS2353 .*'ownr'/),
      expect.stringMatching(/^secrets\.ts:11:\d+ TS2353 .*'hom'/),
    ]);
  });

  it("reports an input nix cannot fetch, with what to do", async () => {
    const offline = path.join(root, "offline");
    fs.mkdirSync(offline, { recursive: true });
    fs.writeFileSync(
      path.join(offline, "flake.ts"),
      'import { defineFlake } from "tsnix";\nexport default defineFlake({ inputs: { nixpkgs: "git+file:///nonexistent/nixpkgs" }, hosts: {} });\n',
    );
    const failed = await runCli(offline, ["types", "--flake", "."]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error TSNIX1701: .*nix could not fetch the inputs nixpkgs/);
    expect(failed.stderr).toContain("--override-input NAME PATH");
  }, 120_000);
});
