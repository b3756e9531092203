// Option declarations and option types → nixpkgs' lib: `mkOption({ … })` → `lib.mkOption { … }`, `types.attrsOf(t)`
// → `lib.types.attrsOf t`, `types.submodule({ options })` → `lib.types.submodule { options = …; }` (a function of
// `{ name, config, ... }` when its config or options read them).
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { libraryValuePath } from "../modules/library-values.js";
import { lowerSubmodule } from "../modules/submodules.js";
import { argumentOrNull, libMember, type StdlibLowering } from "./stdlib-calls.js";

const libCall =
  (name: string, arity: number, defaults: readonly (Expr | undefined)[] = []): StdlibLowering =>
  (call, ctx) =>
    nix.apply(
      libMember(name),
      ...Array.from({ length: arity }, (_, i) => {
        const argument = call.arguments[i];
        return argument ? ctx.lower(argument) : (defaults[i] ?? nix.NULL);
      }),
    );

export const optionLowerings: Readonly<Record<string, StdlibLowering>> = {
  mkOption: libCall("mkOption", 1, [nix.attrs([])]),
  mkEnableOption: libCall("mkEnableOption", 1),
  // lib.mkPackageOption always takes its third argument; TypeScript's default is `{}`.
  mkPackageOption: libCall("mkPackageOption", 3, [undefined, undefined, nix.attrs([])]),
  literalExpression: libCall("literalExpression", 1),
};

/** `types.x.y(a, b)` → `lib.types.x.y a b`; `types.submodule(…)` builds the submodule's module. */
export function lowerTypeConstructorCall(call: ts.CallExpression, ctx: TransformContext): Expr {
  const path = libraryValuePath(call.expression, ctx) ?? [];
  if (path.length === 2 && path[1] === "submodule") return lowerSubmodule(call, ctx);
  return nix.apply(libMember(...path), ...call.arguments.map((_, i) => argumentOrNull(call, i, ctx)));
}
