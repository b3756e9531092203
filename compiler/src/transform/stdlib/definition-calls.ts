// mkIf, mkDefault, mkForce, mkOverride, mkOptionDefault, mkMerge, mkOrder, mkBefore, mkAfter. Where `lib` is at
// hand (modules, project files) they become `lib.mkIf c x` & co.; in a lone expression file, the very attribute sets
// nixpkgs' lib builds (`{ _type = "if"; condition; content; }`, …), so that it needs no `lib` and means exactly
// what the JS runtime of stdlib/src/definitions.ts computes.
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { ordersSubmoduleValue } from "../modules/order-check.js";
import { argumentOrNull, libMember, type StdlibLowering } from "./stdlib-calls.js";

const typed = (type: string, fields: readonly [string, Expr][]): Expr =>
  nix.attrs([nix.bind("_type", nix.str(type)), ...fields.map(([k, v]) => nix.bind(k, v))]);

/** `lib.<name> args…` where lib is at hand, the set `<name>` builds otherwise. */
const eitherForm =
  (name: string, arity: number, set: (args: readonly Expr[]) => Expr): StdlibLowering =>
  (call, ctx) => {
    const args = Array.from({ length: arity }, (_, i) => argumentOrNull(call, i, ctx));
    return ctx.libraryCalls ? nix.apply(libMember(name), ...args) : set(args);
  };

const override = (name: string, priority: number): StdlibLowering =>
  eitherForm(name, 1, ([content]) =>
    typed("override", [
      ["priority", nix.int(priority)],
      ["content", content!],
    ]),
  );

/** mkOrder and co., refused around a submodule's value (TSNIX1620, see order-check.ts). */
const refusingSubmodules =
  (lowering: StdlibLowering): StdlibLowering =>
  (call, ctx) =>
    ordersSubmoduleValue(call, ctx)
      ? ctx.fail(call, Diagnostics.orderAroundSubmodule())
      : lowering(call, ctx);

const order = (name: string, priority: number): StdlibLowering =>
  refusingSubmodules(
    eitherForm(name, 1, ([content]) =>
      typed("order", [
        ["priority", nix.int(priority)],
        ["content", content!],
      ]),
    ),
  );

export const definitionLowerings: Readonly<Record<string, StdlibLowering>> = {
  mkIf: eitherForm("mkIf", 2, ([condition, content]) =>
    typed("if", [
      ["condition", condition!],
      ["content", content!],
    ]),
  ),
  mkOverride: eitherForm("mkOverride", 2, ([priority, content]) =>
    typed("override", [
      ["priority", priority!],
      ["content", content!],
    ]),
  ),
  mkDefault: override("mkDefault", 1000),
  mkForce: override("mkForce", 50),
  mkOptionDefault: override("mkOptionDefault", 1500),
  mkMerge: eitherForm("mkMerge", 1, ([contents]) => typed("merge", [["contents", contents!]])),
  mkOrder: refusingSubmodules(
    eitherForm("mkOrder", 2, ([priority, content]) =>
      typed("order", [
        ["priority", priority!],
        ["content", content!],
      ]),
    ),
  ),
  mkBefore: order("mkBefore", 500),
  mkAfter: order("mkAfter", 1500),
};
