// Values that come from NixOS itself — what a module function's arguments hold (`config.services`, `pkgs.git`) —
// exist only in Nix, so Nix's semantics are theirs: the keys of `config.sites` are in Nix's (sorted) order, which
// `Object.keys(config.sites)` may therefore list. Decided by where the value comes from, never by its type.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

export function comesFromModuleArguments(node: ts.Expression, ctx: TransformContext): boolean {
  return fromModuleArguments(node, ctx.checker, ctx.facts.moduleArguments);
}

/** `comesFromModuleArguments` for code that has a checker and the module arguments' symbols. */
export function fromModuleArguments(
  node: ts.Expression,
  checker: ts.TypeChecker,
  moduleArguments: ReadonlySet<ts.Symbol>,
  depth = 0,
): boolean {
  const inner = skipTypeWrappers(node);
  if (
    (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) &&
    !inner.questionDotToken
  ) {
    return fromModuleArguments(inner.expression, checker, moduleArguments, depth + 1);
  }
  if (!ts.isIdentifier(inner) || depth > 32) return false;
  const symbol = checker.getSymbolAtLocation(inner);
  if (!symbol) return false;
  if (moduleArguments.has(symbol)) return true;
  const declaration = symbol.valueDeclaration;
  return (
    declaration !== undefined &&
    ts.isVariableDeclaration(declaration) &&
    ts.isIdentifier(declaration.name) &&
    (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0 &&
    declaration.initializer !== undefined &&
    fromModuleArguments(declaration.initializer, checker, moduleArguments, depth + 1)
  );
}
