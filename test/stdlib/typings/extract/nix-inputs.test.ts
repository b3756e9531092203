// Finding nixpkgs, home-manager, nix-darwin and module files (no nix needed: checkouts are faked with marker files).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractError } from "../../../../stdlib/src/typings/extract/extract-error.js";
import { nixPathEntry, resolveInputs } from "../../../../stdlib/src/typings/extract/nix-inputs.js";

let root: string;
const at = (...parts: string[]): string => path.join(root, ...parts);
const touch = (...parts: string[]): void => {
  fs.mkdirSync(path.dirname(at(...parts)), { recursive: true });
  fs.writeFileSync(at(...parts), "{ }\n");
};

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-inputs-")));
  for (const f of ["lib/default.nix", "lib/modules.nix", "pkgs/top-level/default.nix"]) touch("nixpkgs", f);
  for (const f of ["lib/default.nix", "lib/modules.nix", "lib/types.nix"]) touch("nixpkgs-lib", f);
  touch("channels", "nixpkgs", "lib", "default.nix");
  touch("hm", "modules", "modules.nix");
  touch("darwin", "modules", "module-list.nix");
  touch("project", "modules", "vpn.nix");
  touch("project", "modules", "sops", "default.nix");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("nixPathEntry", () => {
  it("finds name=PATH entries and names inside plain directories, first match first", () => {
    expect(nixPathEntry(`nixpkgs=${at("nixpkgs")}:home-manager=/hm`, "home-manager")).toBe("/hm");
    expect(nixPathEntry(`${at("channels")}:nixpkgs=/elsewhere`, "nixpkgs")).toBe(at("channels", "nixpkgs"));
    expect(nixPathEntry("", "nixpkgs")).toBeUndefined();
    expect(nixPathEntry(undefined, "nixpkgs")).toBeUndefined();
  });

  it("keeps URLs whole and refuses them, since nothing can be fetched", () => {
    expect(nixPathEntry("foo=https://example.org/a.tar.gz:bar=/b", "bar")).toBe("/b");
    expect(() => nixPathEntry("nixpkgs=https://example.org/nixpkgs.tar.gz", "nixpkgs")).toThrow(
      /cannot fetch/,
    );
    expect(() => nixPathEntry("nixpkgs=flake:nixpkgs:x=/y", "nixpkgs")).toThrow(ExtractError);
    expect(nixPathEntry("nixpkgs=channel:nixos-25.05:x=/y", "x")).toBe("/y");
  });
});

describe("resolveInputs", () => {
  it("takes nixpkgs from the options, else from NIX_PATH, else explains what to pass", () => {
    expect(resolveInputs({ set: "nixos", nixpkgs: "nixpkgs", cwd: root })).toMatchObject({
      driverSet: "nixos",
      schemaSet: "nixos",
      libPath: at("nixpkgs", "lib"),
      nixpkgs: at("nixpkgs"),
    });
    expect(resolveInputs({ set: "nixos", cwd: "/", nixPath: `nixpkgs=${at("nixpkgs")}` }).nixpkgs).toBe(
      at("nixpkgs"),
    );
    expect(() => resolveInputs({ set: "nixos", cwd: root })).toThrow(/--nixpkgs PATH .* NIX_PATH/);
  });

  it("accepts a lib-only nixpkgs, or a lib directory, but not for the NixOS set", () => {
    expect(
      resolveInputs({ set: "./project/modules/vpn.nix", nixpkgs: "nixpkgs-lib", cwd: root }),
    ).toMatchObject({
      libPath: at("nixpkgs-lib", "lib"),
      nixpkgs: undefined,
    });
    const lib = resolveInputs({
      set: "project/modules/vpn.nix",
      nixpkgs: at("nixpkgs-lib", "lib"),
      cwd: root,
    });
    expect(lib.libPath).toBe(at("nixpkgs-lib", "lib"));
    expect(() => resolveInputs({ set: "nixos", nixpkgs: "nixpkgs-lib", cwd: root })).toThrow(/full nixpkgs/);
    expect(() => resolveInputs({ set: "nixos", nixpkgs: "hm", cwd: root })).toThrow(/not a nixpkgs checkout/);
    expect(() => resolveInputs({ set: "nixos", nixpkgs: "nowhere", cwd: root })).toThrow(/does not exist/);
  });

  it("finds home-manager in the options or NIX_PATH, and nix-darwin in NIX_PATH", () => {
    const nixPath = `nixpkgs=${at("nixpkgs")}:home-manager=${at("hm")}:darwin=${at("darwin")}`;
    expect(resolveInputs({ set: "home-manager", cwd: root, nixPath }).homeManager).toBe(at("hm"));
    expect(
      resolveInputs({ set: "home-manager", homeManager: "hm", nixpkgs: "nixpkgs", cwd: root }),
    ).toMatchObject({
      driverSet: "home-manager",
      homeManager: at("hm"),
    });
    expect(resolveInputs({ set: "nix-darwin", cwd: root, nixPath }).darwin).toBe(at("darwin"));
    expect(() => resolveInputs({ set: "home-manager", nixpkgs: "nixpkgs", cwd: root })).toThrow(
      /home-manager/,
    );
    expect(() => resolveInputs({ set: "nix-darwin", nixpkgs: "nixpkgs", cwd: root })).toThrow(/darwin=PATH/);
    expect(() =>
      resolveInputs({ set: "home-manager", homeManager: "darwin", nixpkgs: "nixpkgs", cwd: root }),
    ).toThrow(/not a home-manager checkout/);
  });

  it("names a module file's set after the file (or its directory for default.nix) and records its root", () => {
    const project = at("project");
    expect(resolveInputs({ set: "modules/vpn.nix", nixpkgs: at("nixpkgs"), cwd: project })).toMatchObject({
      driverSet: "file",
      schemaSet: "vpn",
      file: at("project", "modules", "vpn.nix"),
      fileRoot: project,
    });
    const outside = resolveInputs({
      set: at("project", "modules", "sops"),
      nixpkgs: at("nixpkgs"),
      cwd: at("hm"),
    });
    expect(outside).toMatchObject({ schemaSet: "sops", fileRoot: at("project", "modules", "sops") });
    expect(() => resolveInputs({ set: "nixoss", nixpkgs: at("nixpkgs"), cwd: root })).toThrow(
      /unknown option set/,
    );
  });
});
