// Library values used as values (not called): `types.str` → `lib.types.str`, `builtins.currentSystem` →
// `builtins.currentSystem`, `inputs["sops-nix"].nixosModules.sops` → `inputs.sops-nix.nixosModules.sops` (the
// flake's inputs: an argument of modules and helpers that use them). Other library values can only be called; the
// identifier visitor says so.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { ExpressionVisitor, TransformContext, VisitorTable } from "../context.js";
import { libMember } from "../stdlib/stdlib-calls.js";
import { libraryValuePath } from "./library-values.js";

export function lowerLibraryValue(node: ts.Expression, ctx: TransformContext): Expr | undefined {
  const module = ts.isIdentifier(node) ? moduleFileReference(node, ctx) : undefined;
  if (module) return module;
  const path = libraryValuePath(node, ctx);
  if (path === undefined) return undefined;
  const [head, ...rest] = path;
  // A secret's path is a string to the module system; only TypeScript tells it from plain text.
  if (head === "types" && rest.length === 1 && rest[0] === "secretPath") return libMember("types", "str");
  if (head === "types") return libMember("types", ...rest);
  if (head === "inputs")
    return rest.length === 0 ? nix.ident("inputs") : nix.select(nix.ident("inputs"), nix.keys(...rest));
  if (head === "builtins")
    return rest.length === 0 ? nix.ident("builtins") : nix.select(nix.ident("builtins"), nix.keys(...rest));
  return undefined;
}

/**
 * An imported module or host file is its path (`./modules/proxy.nix`): NixOS imports modules by path and
 * de-duplicates them so, which makes importing one module from several others declare its options once.
 */
function moduleFileReference(node: ts.Identifier, ctx: TransformContext): Expr | undefined {
  const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node;
  const symbol = ctx.symbolOf(shorthand ? node.parent : node);
  if (!symbol || !(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
  const declaration = ctx.checker.getAliasedSymbol(symbol).declarations?.[0];
  if (!declaration || !ts.isExportAssignment(declaration)) return undefined;
  const file = declaration.getSourceFile();
  const role = ctx.facts.fileRole(file);
  if (role !== "module" && role !== "host") return undefined;
  return ctx.facts.importPath(ctx.sourceFile, file);
}

/** The visitors of `table` with library values lowered first. */
export function withLibraryValues(table: VisitorTable): VisitorTable {
  const wrapped: { [K in ts.SyntaxKind]?: ExpressionVisitor<never> } = {};
  for (const [kind, visitor] of Object.entries(table) as [string, ExpressionVisitor<ts.Expression>][]) {
    wrapped[Number(kind) as ts.SyntaxKind] = ((node: ts.Expression, ctx: TransformContext): Expr =>
      lowerLibraryValue(node, ctx) ?? visitor(node, ctx)) as ExpressionVisitor<never>;
  }
  return wrapped;
}
