// Stage 1 against the home-manager fixture (with the current nixpkgs lib): coverage, recursion, speed, errors.
import * as os from "node:os";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { ExtractError, extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import type { OptionsSchema, SchemaOption, SchemaType } from "../../../../stdlib/src/typings/schema.js";
import { nixAvailable } from "../../../support/nix.js";
import {
  MODULE_FIXTURES,
  fixture,
  fixturesAtHand,
  flattenOptions,
  sameTypeUpToCuts,
  sharedSchema,
  sharedSchemaAtHand,
} from "./fixtures-at-hand.js";

const atHand =
  nixAvailable() &&
  fixturesAtHand("stage-1 extraction of home-manager options", "home-manager", "nixpkgs-lib") &&
  sharedSchemaAtHand("stage-1 extraction of home-manager options", "home-manager");

// The shared schema's walker cut recursion at a fixed depth, so it holds a depth-limited copy of the whole tree
// under each specialisation; tsnix refers to the root there instead.
const underSpecialisation = /^speciali[sz]ation\.<elemType>\.configuration\./;

describe.skipIf(!atHand)("extractSchema, set home-manager, on the home-manager fixture", () => {
  let schema: OptionsSchema;
  let seconds: number;
  let mine: Map<string, SchemaOption>;

  beforeAll(async () => {
    const started = performance.now();
    schema = await extractSchema({
      set: "home-manager",
      nixpkgs: fixture("nixpkgs-lib"),
      homeManager: fixture("home-manager"),
      cwd: os.tmpdir(),
    });
    seconds = (performance.now() - started) / 1000;
    console.log(`home-manager: ${schema.options.length} options extracted in ${seconds.toFixed(1)} s`);
    mine = flattenOptions(schema.options);
  });

  it("says what it evaluated, and that packages were not at hand", () => {
    expect(schema.set).toBe("home-manager");
    expect(schema.source).toMatch(/^home-manager \S+ modules, with nixpkgs lib .*, without packages$/);
  });

  it("covers every top-level option of the shared home-manager schema", () => {
    const top = new Set(schema.options.map((o) => o.loc.join(".")));
    const shared = sharedSchema("home-manager").options.map((o) => o.loc.join("."));
    expect(shared.length).toBeGreaterThan(3000);
    expect(shared.filter((loc) => !top.has(loc))).toEqual([]);
  });

  it("covers every submodule field of the shared schema outside its copies of the whole tree", () => {
    const shared = [...flattenOptions(sharedSchema("home-manager").options).keys()];
    const missing = shared.filter((loc) => !underSpecialisation.test(loc) && !mine.has(loc));
    expect(missing).toEqual([]);
  });

  it("agrees with the shared schema on types (where it could evaluate them) and on rendered values", () => {
    const reference = [...flattenOptions(sharedSchema("home-manager").options)].filter(
      // meta.* come from nixpkgs' meta.nix, for which both walkers had stand-ins
      ([loc]) => !underSpecialisation.test(loc) && !loc.startsWith("meta."),
    );
    const known = (type: SchemaType): boolean => type.name !== "unknown";
    const disagreeing = reference.filter(
      ([loc, o]) => known(o.type) && !sameTypeUpToCuts(o.type, mine.get(loc)!.type),
    );
    expect(disagreeing.map(([loc]) => loc)).toEqual([]);
    const values = (o: SchemaOption | undefined): unknown[] => [o?.default, o?.defaultText, o?.example];
    const differing = reference.filter(([loc, o]) => !isDeepStrictEqual(values(o), values(mine.get(loc))));
    expect(differing.map(([loc]) => loc)).toEqual([]);
  });

  it("refers a specialisation's configuration to the whole option tree instead of copying it", () => {
    const configuration = mine.get("specialisation.<elemType>.configuration")!;
    expect(configuration.type).toMatchObject({ name: "submodule", recursive: true, ref: [] });
  });

  it("records declarations relative to the checkout, and names stand-ins for nixpkgs' modules", () => {
    expect(mine.get("programs.git.enable")?.declarations).toEqual(["modules/programs/git.nix"]);
    expect(mine.get("assertions")?.declarations).toEqual([
      "<tsnix-stand-in>/nixos/modules/misc/assertions.nix",
    ]);
  });

  it("evaluates a home-manager module file with home-manager's modules, emitting only its options", async () => {
    const file = await extractSchema({
      set: "tinytool-hm.nix",
      nixpkgs: fixture("nixpkgs-lib"),
      homeManager: fixture("home-manager"),
      cwd: MODULE_FIXTURES,
    });
    expect(file.source).toMatch(/^module file tinytool-hm\.nix, with the home-manager \S+ modules/);
    expect(file.options.map((o) => o.loc.join("."))).toEqual([
      "programs.tinytool.enable",
      "programs.tinytool.settings",
      "programs.tinytool.theme",
    ]);
  });

  it("explains a home-manager that needs a newer nixpkgs lib than the one given", async () => {
    const old = fixture("nixpkgs-20.09");
    if (!fixturesAtHand("home-manager with an old nixpkgs", "nixpkgs-20.09")) return;
    const attempt = extractSchema({
      set: "home-manager",
      nixpkgs: old,
      homeManager: fixture("home-manager"),
      cwd: "/",
    });
    await expect(attempt).rejects.toThrow(ExtractError);
    await expect(attempt).rejects.toThrow(
      /home-manager needs a nixpkgs lib at least as new as its own release/,
    );
  });
});
