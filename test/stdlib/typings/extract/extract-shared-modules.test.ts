// Stage 1 on the real sops-nix and agenix NixOS modules, compared with the shared schemas the reference walker
// made from the same commits. They are not standard fixtures: unpack them into $TSNIX_FIXTURES/sops-nix and
// $TSNIX_FIXTURES/agenix (Mic92/sops-nix 56b2406, ryantm/agenix b027ee2; SUBDIR "." with shared/fixtures/unpack).
import { describe, expect, it } from "vitest";
import { extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import { nixAvailable } from "../../../support/nix.js";
import {
  fixture,
  fixturesAtHand,
  flattenOptions,
  sameTypeUpToCuts,
  sharedSchema,
  sharedSchemaAtHand,
} from "./fixtures-at-hand.js";

const modules = [
  { name: "sops-nix", file: "modules/sops/default.nix", set: "sops" },
  { name: "agenix", file: "modules/age.nix", set: "age" },
];

for (const { name, file, set } of modules) {
  const atHand =
    nixAvailable() &&
    fixturesAtHand(`stage-1 extraction of ${name}`, name, "nixpkgs-lib") &&
    sharedSchemaAtHand(`stage-1 extraction of ${name}`, name);
  describe.skipIf(!atHand)(`extractSchema on ${name}'s NixOS module, alone with a nixpkgs lib`, () => {
    it("finds exactly the shared schema's options, with the same types, defaults and examples", async () => {
      const schema = await extractSchema({ set: file, nixpkgs: fixture("nixpkgs-lib"), cwd: fixture(name) });
      expect(schema.set).toBe(set);
      const mine = flattenOptions(schema.options);
      const reference = flattenOptions(sharedSchema(name).options);
      expect([...mine.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [loc, option] of reference) {
        const extracted = mine.get(loc)!;
        expect(sameTypeUpToCuts(option.type, extracted.type), loc).toBe(true);
        expect([extracted.default, extracted.defaultText, extracted.example], loc).toEqual([
          option.default,
          option.defaultText,
          option.example,
        ]);
      }
    });
  });
}
