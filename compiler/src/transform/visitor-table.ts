// The one table from TypeScript syntax kind to visitor: coverage of the language is one look at this file.
// Visitors that can produce a function value flowing into a differently typed place get arity adaptation.
import { ts } from "../typescript.js";
import type { Expr } from "../nix/ast.js";
import type { ExpressionVisitor, TransformContext, VisitorTable } from "./context.js";
import { withLibraryValues } from "./modules/library-value-visitors.js";
import { arrayVisitors } from "./visitors/arrays.js";
import { callVisitors } from "./visitors/calls.js";
import { conditionVisitors } from "./visitors/conditions.js";
import { adaptArity, functionVisitors } from "./visitors/functions.js";
import { identifierVisitors } from "./visitors/identifiers.js";
import { literalVisitors } from "./visitors/literals.js";
import { objectVisitors } from "./visitors/objects.js";
import { operatorVisitors } from "./visitors/operators.js";
import { propertyAccessVisitors } from "./visitors/property-access.js";
import { templateVisitors } from "./visitors/templates.js";
import { typeErasureVisitors } from "./visitors/type-erasure.js";

function withArityAdaptation(table: VisitorTable): VisitorTable {
  const adapted: { [K in ts.SyntaxKind]?: ExpressionVisitor<never> } = {};
  for (const [kind, visitor] of Object.entries(table) as [string, ExpressionVisitor<ts.Expression>][]) {
    adapted[Number(kind) as ts.SyntaxKind] = ((node: ts.Expression, ctx: TransformContext): Expr =>
      adaptArity(node, visitor(node, ctx), ctx)) as ExpressionVisitor<never>;
  }
  return adapted;
}

export const expressionVisitors: VisitorTable = {
  ...literalVisitors,
  ...typeErasureVisitors,
  ...templateVisitors,
  ...objectVisitors,
  ...arrayVisitors,
  ...conditionVisitors,
  ...operatorVisitors,
  ...functionVisitors,
  ...callVisitors,
  ...withLibraryValues(withArityAdaptation(identifierVisitors)),
  ...withLibraryValues(withArityAdaptation(propertyAccessVisitors)),
};
