// mkIf, mkDefault, mkForce, mkOverride, mkOptionDefault, mkMerge, mkOrder, mkBefore, mkAfter: lowered to the very
// attribute sets nixpkgs' lib builds (`{ _type = "if"; condition; content; }`, …), so a pure expression needs no
// `lib` and means exactly what the JS runtime of stdlib/src/definitions.ts computes.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { argumentOrNull, type StdlibLowering } from "./stdlib-calls.js";

const typed = (type: string, fields: readonly [string, Expr][]): Expr =>
  nix.attrs([nix.bind("_type", nix.str(type)), ...fields.map(([k, v]) => nix.bind(k, v))]);

const override =
  (priority: number): StdlibLowering =>
  (call, ctx) =>
    typed("override", [
      ["priority", nix.int(priority)],
      ["content", argumentOrNull(call, 0, ctx)],
    ]);

const order =
  (priority: number): StdlibLowering =>
  (call, ctx) =>
    typed("order", [
      ["priority", nix.int(priority)],
      ["content", argumentOrNull(call, 0, ctx)],
    ]);

export const definitionLowerings: Readonly<Record<string, StdlibLowering>> = {
  mkIf: (call, ctx) =>
    typed("if", [
      ["condition", argumentOrNull(call, 0, ctx)],
      ["content", argumentOrNull(call, 1, ctx)],
    ]),
  mkOverride: (call, ctx) =>
    typed("override", [
      ["priority", argumentOrNull(call, 0, ctx)],
      ["content", argumentOrNull(call, 1, ctx)],
    ]),
  mkDefault: override(1000),
  mkForce: override(50),
  mkOptionDefault: override(1500),
  mkMerge: (call, ctx) => typed("merge", [["contents", argumentOrNull(call, 0, ctx)]]),
  mkOrder: (call, ctx) =>
    typed("order", [
      ["priority", argumentOrNull(call, 0, ctx)],
      ["content", argumentOrNull(call, 1, ctx)],
    ]),
  mkBefore: order(500),
  mkAfter: order(1500),
};
