// Which tsnix library value an expression names: `types.ints.between` → ["types", "ints", "between"], `mkOption` →
// ["mkOption"]. Lowerings are looked up by this path, so that `types.str` and a user's `{ str }` never mix.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

export type LibraryPath = readonly string[];

export function libraryValuePath(node: ts.Expression, ctx: TransformContext): LibraryPath | undefined {
  return libraryPathOf(node, ctx.checker, ctx.facts.isLibraryFile);
}

/** `libraryValuePath` for code that has a checker but no transform context. */
export function libraryPathOf(
  node: ts.Expression,
  checker: ts.TypeChecker,
  isLibraryFile: (file: ts.SourceFile) => boolean,
): LibraryPath | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isIdentifier(inner)) return libraryExport(inner, checker, isLibraryFile);
  if (ts.isPropertyAccessExpression(inner) && !inner.questionDotToken) {
    const base = libraryPathOf(inner.expression, checker, isLibraryFile);
    return base && [...base, inner.name.text];
  }
  if (
    ts.isElementAccessExpression(inner) &&
    !inner.questionDotToken &&
    ts.isStringLiteralLike(inner.argumentExpression)
  ) {
    const base = libraryPathOf(inner.expression, checker, isLibraryFile);
    return base && [...base, inner.argumentExpression.text];
  }
  return undefined;
}

/** The name a top-level export of the library is known by, when `identifier` refers to one. */
function libraryExport(
  identifier: ts.Identifier,
  checker: ts.TypeChecker,
  isLibraryFile: (file: ts.SourceFile) => boolean,
): LibraryPath | undefined {
  let symbol = checker.getSymbolAtLocation(identifier);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol.declarations?.[0];
  if (!declaration || !isLibraryFile(declaration.getSourceFile())) return undefined;
  const topLevel =
    (ts.isVariableDeclaration(declaration) && ts.isSourceFile(declaration.parent.parent.parent)) ||
    (ts.isFunctionDeclaration(declaration) && ts.isSourceFile(declaration.parent));
  return topLevel ? [symbol.name] : undefined;
}

/** `a.b.c` */
export function dotted(path: LibraryPath): string {
  return path.join(".");
}
