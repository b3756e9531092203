// Stage 1 on a nix-darwin checkout, when one is unpacked at $TSNIX_FIXTURES/nix-darwin (not a standard fixture:
// nix-darwin/nix-darwin, SUBDIR ".", with shared/fixtures/unpack).
import * as os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import type { OptionsSchema, SchemaOption } from "../../../../stdlib/src/typings/schema.js";
import { nixAvailable } from "../../../support/nix.js";
import { fixture, fixturesAtHand, flattenOptions } from "./fixtures-at-hand.js";

const atHand =
  nixAvailable() && fixturesAtHand("stage-1 extraction of nix-darwin options", "nix-darwin", "nixpkgs-lib");

describe.skipIf(!atHand)("extractSchema, set nix-darwin, on a nix-darwin checkout", () => {
  const savedNixPath = process.env["NIX_PATH"];
  let schema: OptionsSchema;
  let options: Map<string, SchemaOption>;

  beforeAll(async () => {
    // nix-darwin is found the way its channel is: <darwin>
    process.env["NIX_PATH"] = `darwin=${fixture("nix-darwin")}`;
    schema = await extractSchema({ set: "nix-darwin", nixpkgs: fixture("nixpkgs-lib"), cwd: os.tmpdir() });
    options = flattenOptions(schema.options);
  });
  afterAll(() => {
    process.env["NIX_PATH"] = savedNixPath;
  });

  it("walks nix-darwin's own modules", () => {
    expect(schema.set).toBe("nix-darwin");
    expect(schema.source).toMatch(/^nix-darwin \S+ modules/);
    expect(options.get("system.defaults.dock.autohide")?.declarations).toEqual([
      "modules/system/defaults/dock.nix",
    ]);
    expect(options.get("users.users.<elemType>.home")?.type.name).toBe("nullOr");
    expect([...options.values()].filter((o) => o.type.name === "unknown")).toEqual([]);
  });

  it("survives a default that reads unset config (system.primaryUserHome) by leaving its value out", (test) => {
    if (!options.has("system.primaryUserHome")) {
      console.warn("SKIPPED: this nix-darwin revision has no system.primaryUserHome (added in 25.11)");
      test.skip();
    }
    expect(options.get("system.primaryUserHome")?.default).toBeUndefined();
    expect(schema.source).toContain("system.primaryUserHome");
  });
});
