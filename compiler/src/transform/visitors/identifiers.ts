// Identifiers: user bindings by their Nix name, `undefined` as null, and a clear refusal for JS globals.
import * as path from "node:path";
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";

export function lowerIdentifier(node: ts.Identifier, ctx: TransformContext): Expr {
  // In `{ map }` the identifier names the property; the value is the binding it refers to.
  const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node;
  const symbol = ctx.symbolOf(shorthand ? node.parent : node);
  if (!symbol) {
    if (node.text === "undefined") return nix.NULL;
    return ctx.fail(node, Diagnostics.unresolvedName(node.text));
  }
  const declarations = symbol.declarations ?? [];
  if (declarations.length === 0) {
    // Only the checker's intrinsic symbols have no declaration: `undefined`, `globalThis`.
    if (node.text === "undefined") return nix.NULL;
    return ctx.fail(node, Diagnostics.globalNotSupported(node.text));
  }
  const declaration = declarations[0]!;
  const file = declaration.getSourceFile();
  if (file.isDeclarationFile && !ctx.facts.isLibraryFile(file)) {
    if (node.text === "NaN" || node.text === "Infinity")
      return ctx.fail(node, Diagnostics.numberOutOfRange(node.text));
    return ctx.fail(node, Diagnostics.globalNotSupported(node.text));
  }
  if (ctx.facts.isLibraryFile(file) || isImportOfLibrary(symbol, ctx)) {
    return ctx.fail(
      node,
      Diagnostics.unsupportedArgument(node.text, "this tsnix library value can only be called."),
    );
  }
  if (ts.getCombinedModifierFlags(declaration as ts.Declaration) & ts.ModifierFlags.Ambient)
    return ctx.fail(node, Diagnostics.ambientValue(node.text));
  // A script (a file without imports or exports) declares globals that other files see without importing them.
  // (An import declares its alias in the importing file; one declared by another file is such a global too.)
  if (file !== node.getSourceFile()) {
    return ctx.fail(node, Diagnostics.globalFromOtherFile(node.text, path.basename(file.fileName)));
  }
  return ctx.readBinding(symbol);
}

function isImportOfLibrary(symbol: ts.Symbol, ctx: TransformContext): boolean {
  if (!(symbol.flags & ts.SymbolFlags.Alias)) return false;
  const target = ctx.checker.getAliasedSymbol(symbol);
  const declaration = target.declarations?.[0];
  return declaration !== undefined && ctx.facts.isLibraryFile(declaration.getSourceFile());
}

export const identifierVisitors: VisitorTable = {
  [ts.SyntaxKind.Identifier]: lowerIdentifier,
};
