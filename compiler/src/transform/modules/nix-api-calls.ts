// Members of the Nix APIs the library types (`lib`, `pkgs`, `builtins`, in stdlib/src/nix/): they are Nix
// functions, so a call passes every argument, curried (`lib.optionals cond xs`, `pkgs.writeText "a" "b"`), and
// means what Nix says it means.
import * as path from "node:path";
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";

/** Is `declaration` a member of one of the typed Nix APIs? */
export function isNixApiMember(declaration: ts.Declaration, ctx: TransformContext): boolean {
  const file = declaration.getSourceFile();
  if (!ctx.facts.isLibraryFile(file)) return false;
  return path.basename(path.dirname(file.fileName)) === "nix";
}

/** `receiver.member(a, b)` → `receiver.member a b` when the member is a Nix API function. */
export function lowerNixApiCall(node: ts.CallExpression, fn: Expr, ctx: TransformContext): Expr {
  return nix.apply(fn, ...node.arguments.map((argument) => ctx.lower(argument)));
}
