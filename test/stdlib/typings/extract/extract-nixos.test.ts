// Stage 1 against the NixOS 20.09 fixture: covers the shared reference schema, agrees with it, and is fast.
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import type { OptionsSchema, SchemaOption } from "../../../../stdlib/src/typings/schema.js";
import { nixAvailable } from "../../../support/nix.js";
import {
  MODULE_FIXTURES,
  fixture,
  fixturesAtHand,
  flattenOptions,
  sameTypeUpToCuts,
  sharedSchema,
  sharedSchemaAtHand,
  typeNodes,
} from "./fixtures-at-hand.js";

const atHand =
  nixAvailable() &&
  fixturesAtHand("stage-1 extraction of NixOS 20.09 options", "nixpkgs-20.09") &&
  sharedSchemaAtHand("stage-1 extraction of NixOS 20.09 options", "nixos-20.09");

describe.skipIf(!atHand)("extractSchema, set nixos, on the nixpkgs 20.09 fixture", () => {
  let schema: OptionsSchema;
  let seconds: number;
  let mine: Map<string, SchemaOption>;
  let reference: Map<string, SchemaOption>;

  beforeAll(async () => {
    const started = performance.now();
    schema = await extractSchema({ set: "nixos", nixpkgs: fixture("nixpkgs-20.09"), cwd: os.tmpdir() });
    seconds = (performance.now() - started) / 1000;
    console.log(`nixos 20.09: ${schema.options.length} options extracted in ${seconds.toFixed(1)} s`);
    mine = flattenOptions(schema.options);
    reference = flattenOptions(sharedSchema("nixos-20.09").options);
  });

  it("names the set and the source", () => {
    expect(schema.format).toBe("tsnix-options-schema/1");
    expect(schema.set).toBe("nixos");
    expect(schema.source).toMatch(/^NixOS modules of nixpkgs 20\.09/);
  });

  it("covers every option of the shared schema, submodule fields included", () => {
    const missing = [...reference.keys()].filter((loc) => !mine.has(loc));
    expect(missing).toEqual([]);
    expect(reference.size).toBeGreaterThan(10_000);
  });

  it("agrees with the shared schema on every type and enum value (up to where either cut recursion)", () => {
    const disagreeing = [...reference].filter(([loc, o]) => !sameTypeUpToCuts(o.type, mine.get(loc)!.type));
    expect(disagreeing.map(([loc]) => loc)).toEqual([]);
    const ssh = mine.get("services.openssh.permitRootLogin")!;
    expect(ssh.type).toMatchObject({ name: "enum", values: expect.arrayContaining(["yes", "no"]) });
    expect(mine.get("users.users.<elemType>.createHome")?.type.name).toBe("bool");
  });

  it("renders defaults without building packages: names, and ${pkgs.…} for interpolated ones", () => {
    expect(mine.get("programs.mtr.package")?.default).toEqual({ value: { _tsnix: "package", name: "mtr" } });
    expect(mine.get("services.nginx.package")?.defaultText).toEqual({ text: "pkgs.nginxStable" });
    expect(mine.get("environment.usrbinenv")?.default).toEqual({ value: "${pkgs.coreutils}/bin/env" });
    expect(mine.get("networking.firewall.allowedTCPPorts")?.default).toEqual({ value: [] });
    // a store path in a value would mean a derivation was instantiated (slow, and writes to the store)
    const storePaths = [...mine].filter(([, o]) =>
      /\/nix\/store\/[a-z0-9]{32}-/.test(JSON.stringify([o.default, o.defaultText, o.example])),
    );
    expect(storePaths.map(([loc]) => loc)).toEqual([]);
  });

  it("records declarations relative to the nixpkgs checkout", () => {
    expect(mine.get("services.nginx.enable")?.declarations).toEqual([
      "nixos/modules/services/web-servers/nginx/default.nix",
    ]);
    const absolute = [...mine].filter(([, o]) => o.declarations.some((d) => path.isAbsolute(d)));
    expect(absolute.map(([loc]) => loc)).toEqual([]);
  });

  it("cuts each recursive type at its first repeat, referring to the enclosing type it repeats", () => {
    const cuts = [...typeNodes(schema.options)].filter(([, type]) => type.recursive);
    expect(cuts.length).toBeGreaterThan(0);
    for (const [at, type] of cuts) {
      const ref = (type as { ref?: string[] }).ref!;
      expect(at.slice(0, ref.length)).toEqual(ref);
      expect(ref.length).toBeLessThan(at.length);
    }
  });

  it("evaluates a module file with the NixOS modules, emitting only what the file adds", async () => {
    const file = await extractSchema({
      set: "vault-secrets.nix",
      nixpkgs: fixture("nixpkgs-20.09"),
      cwd: MODULE_FIXTURES,
    });
    expect(file.set).toBe("vault-secrets");
    expect(file.source).toMatch(/with the NixOS modules of nixpkgs 20\.09/);
    const locs = file.options.map((o) => o.loc.join("."));
    expect(locs).toContain("vault.templates");
    expect(locs.every((loc) => loc.startsWith("vault."))).toBe(true);
    const byLoc = flattenOptions(file.options);
    expect(byLoc.get("vault.package")?.default).toEqual({ value: { _tsnix: "package", name: "hello" } });
    expect(byLoc.get("vault.hostLabel")?.default).toEqual({ value: "nixos-vault" });
    expect(byLoc.get("vault.templates")?.declarations).toEqual(["vault-templates.nix"]);
  });
});
