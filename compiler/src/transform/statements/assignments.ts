// Statements that change a local variable → a new version bound in the current `let`: `x = e` and `x op= e`,
// `x++`, `[a, b] = [b, a]`, and in-place changes of a local array or object: `xs.push(…)` (`xs_1 = xs ++ [ … ]`),
// `o[k] = v` (`o_1 = o // { ${k} = v; }`), `delete o.k` (`builtins.removeAttrs`). Whether the change may be lowered
// at all is local-variables.ts's verdict; a refused change lowers to nothing (its diagnostic is reported).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerInteger } from "../library/arguments.js";
import { lookupMayMiss } from "../lookups.js";
import "../runtime/loop-helpers.js";
import {
  includesNull,
  includesUndefined,
  isArrayLikeType,
  isNullOrUndefinedOnly,
  isNumberType,
} from "../type-queries.js";
import { lowerComputedKey, lowerStaticKey } from "../visitors/objects.js";
import { lowerCompoundValue } from "../visitors/operators.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { newVersionName, withVersion } from "./continuations.js";
import { localVariables, symbolOfIdentifier } from "./local-variables.js";
import { isAssignmentOperator, isMutatingArrayCall } from "./local-writes.js";
import { lowerMutatingCall } from "./array-changes.js";
import { noteVersionName } from "./statement-lists.js";

/** Is this expression statement a change of a variable (rather than an expression whose value is dropped)? */
export function isWriteStatement(statement: ts.ExpressionStatement, ctx: TransformContext): boolean {
  return isWriteExpression(statement.expression, ctx);
}

export function isWriteExpression(node: ts.Expression, ctx: TransformContext): boolean {
  const expression = skipParentheses(node);
  if (ts.isBinaryExpression(expression)) return isAssignmentOperator(expression.operatorToken.kind);
  if (ts.isPrefixUnaryExpression(expression) || ts.isPostfixUnaryExpression(expression)) {
    return (
      expression.operator === ts.SyntaxKind.PlusPlusToken ||
      expression.operator === ts.SyntaxKind.MinusMinusToken
    );
  }
  if (ts.isDeleteExpression(expression)) return true;
  if (ts.isCallExpression(expression)) {
    const callee = skipTypeWrappers(expression.expression);
    return ts.isPropertyAccessExpression(callee) && isMutatingArrayCall(callee, ctx.checker);
  }
  return false;
}

/** The bindings of the versions a write statement (or a loop's update expression) makes. */
export function lowerWriteStatement(statement: ts.ExpressionStatement, ctx: TransformContext): Binding[] {
  return lowerWrite(statement.expression, ctx);
}

export function lowerWrite(node: ts.Expression, ctx: TransformContext): Binding[] {
  const expression = skipParentheses(node);
  if (ts.isBinaryExpression(expression)) return lowerAssignment(expression, ctx);
  if (ts.isPrefixUnaryExpression(expression) || ts.isPostfixUnaryExpression(expression))
    return lowerUpdate(expression, ctx);
  if (ts.isDeleteExpression(expression)) return lowerDelete(expression, ctx);
  if (ts.isCallExpression(expression)) return lowerMutatingCall(expression, ctx);
  return [];
}

function skipParentheses(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

function lowerAssignment(node: ts.BinaryExpression, ctx: TransformContext): Binding[] {
  const target = skipTypeWrappers(node.left);
  const plain = node.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  if (ts.isIdentifier(target)) {
    const value = plain ? ctx.lower(node.right) : lowerCompoundValue(node, ctx);
    return setVariable(target, value, ctx);
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const value = () => (plain ? ctx.lower(node.right) : lowerCompoundValue(node, ctx));
    // `o.k &&= v` on a member that may be missing keeps it missing (the result is the undefined it read).
    const keepsMissing =
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandEqualsToken && lookupMayMiss(target, ctx);
    return setMember(target, value, ctx.typeOf(plain ? node.right : node), node, ctx, keepsMissing);
  }
  if (plain && (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)))
    return lowerDestructuringAssignment(target, node.right, ctx);
  ctx.report(node, Diagnostics.mutationNotSupported("This assignment"));
  return [];
}

/** `x++`, `--o.count`: add or subtract one (as statements, the old and new value are never told apart). */
function lowerUpdate(
  node: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression,
  ctx: TransformContext,
): Binding[] {
  const op = node.operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-";
  const operand = skipTypeWrappers(node.operand);
  if (!isNumberType(ctx.typeOf(operand))) {
    ctx.report(node, Diagnostics.operatorNotSupported(op + op, "is only supported on numbers."));
    return [];
  }
  const value = () => nix.binop(op, ctx.lower(operand), nix.int(1));
  if (ts.isIdentifier(operand)) return setVariable(operand, value(), ctx);
  if (ts.isPropertyAccessExpression(operand) || ts.isElementAccessExpression(operand))
    return setMember(operand, value, ctx.typeOf(operand), node, ctx);
  ctx.report(node, Diagnostics.mutationNotSupported("This update"));
  return [];
}

/** Bind a new version of the variable `target` names (nothing when its changes are refused). */
export function setVariable(target: ts.Identifier, value: Expr, ctx: TransformContext): Binding[] {
  const symbol = symbolOfIdentifier(target, ctx.checker);
  if (!symbol || !localVariables(ctx).accepts(symbol)) return [];
  const name = noteVersionName(newVersionName(symbol, ctx), ctx);
  ctx.versions = withVersion(ctx.versions, symbol, { name });
  return [nix.bind(name, value)];
}

/** The variable whose array or object a member change applies to, when its changes are accepted. */
export function ownerOf(
  object: ts.Expression,
  site: ts.Node,
  ctx: TransformContext,
): ts.Identifier | undefined {
  const inner = skipTypeWrappers(object);
  if (!ts.isIdentifier(inner)) {
    ctx.report(
      site,
      Diagnostics.mutationNotSupported("A change inside a member of a variable's array or object"),
    );
    return undefined;
  }
  const symbol = symbolOfIdentifier(inner, ctx.checker);
  return symbol && localVariables(ctx).accepts(symbol) ? inner : undefined;
}

/** `o.k = v`, `o[k] += v`, `xs[i] = v` on a local array or object. */
function setMember(
  target: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  value: () => Expr,
  valueType: ts.Type,
  site: ts.Node,
  ctx: TransformContext,
  mayBeUndefined = false,
): Binding[] {
  const owner = ownerOf(target.expression, site, ctx);
  if (!owner) return [];
  const objectType = ctx.checker.getNonNullableType(ctx.typeOf(target.expression));
  if (isArrayLikeType(ctx.checker, objectType)) {
    if (!ts.isElementAccessExpression(target) || !isNumberType(ctx.typeOf(target.argumentExpression))) {
      ctx.report(site, Diagnostics.mutationNotSupported("Changing this member of an array"));
      return [];
    }
    if (mayBeUndefined) {
      // JS leaves an element it reads as undefined alone; setting it would write null or grow the array.
      ctx.report(site, Diagnostics.mutationNotSupported("`&&=` on an array element"));
      return [];
    }
    const index = lowerInteger(target.argumentExpression, "An array index", ctx);
    return setVariable(
      owner,
      nix.apply(ctx.helpers.use("jsSetElement"), index, value(), ctx.lower(owner)),
      ctx,
    );
  }
  const key = ts.isPropertyAccessExpression(target)
    ? lowerStaticKey(target.name.text, target.name, ctx)
    : lowerComputedKey(target.argumentExpression, ctx);
  if (!key) return [];
  const object = ctx.lower(owner);
  if (isNullOrUndefinedOnly(valueType) && !includesNull(valueType))
    return setVariable(owner, removeKey(object, key), ctx); // `o.k = undefined` leaves k out, as literals do
  if (includesUndefined(valueType) || mayBeUndefined) {
    if (includesNull(valueType)) {
      ctx.report(site, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(valueType)));
      return [];
    }
    const member = ctx.bindOnce(value(), "value", (v) =>
      nix.ifThenElse(
        nix.binop("==", v, nix.NULL),
        removeKey(object, key),
        update(object, nix.attrs([nix.bind([key], v)])),
      ),
    );
    return setVariable(owner, member, ctx);
  }
  return setVariable(owner, update(object, nix.attrs([nix.bind([key], value())])), ctx);
}

/** `o // { k = v; }`, or just `{ k = v; }` when o is still the empty literal. */
function update(object: Expr, attrs: Expr): Expr {
  return object.kind === "attrset" && object.bindings.length === 0 ? attrs : nix.binop("//", object, attrs);
}

function removeKey(object: Expr, key: nix.AttrKey): Expr {
  const name = key.kind === "static" ? nix.str(key.name) : key.expr;
  return nix.callBuiltin("removeAttrs", object, nix.list([name]));
}

function lowerDelete(node: ts.DeleteExpression, ctx: TransformContext): Binding[] {
  const target = skipTypeWrappers(node.expression);
  if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) {
    ctx.report(node, Diagnostics.deleteNotSupported());
    return [];
  }
  const owner = ownerOf(target.expression, node, ctx);
  if (!owner) return [];
  if (isArrayLikeType(ctx.checker, ctx.typeOf(target.expression))) {
    ctx.report(node, Diagnostics.deleteNotSupported()); // it would leave a hole
    return [];
  }
  const key = ts.isPropertyAccessExpression(target)
    ? lowerStaticKey(target.name.text, target.name, ctx)
    : lowerComputedKey(target.argumentExpression, ctx);
  return key ? setVariable(owner, removeKey(ctx.lower(owner), key), ctx) : [];
}

/** `[a, b] = [b, a]`, `({ x, y } = point)`: the value is taken apart once, each name gets a new version. */
function lowerDestructuringAssignment(
  pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression,
  source: ts.Expression,
  ctx: TransformContext,
): Binding[] {
  const targets = destructuringTargets(pattern);
  if (!targets) {
    ctx.report(
      pattern,
      Diagnostics.destructuringNotSupported("only plain names can be assigned by destructuring"),
    );
    return [];
  }
  const temp = ctx.naming.fresh(ts.isArrayLiteralExpression(pattern) ? "tuple" : "object");
  const bindings: Binding[] = [nix.bind(temp, ctx.lower(source))];
  for (const { target, read } of targets) bindings.push(...setVariable(target, read(nix.ident(temp)), ctx));
  return bindings;
}

interface DestructuringTarget {
  readonly target: ts.Identifier;
  readonly read: (whole: Expr) => Expr;
}

function destructuringTargets(
  pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression,
): DestructuringTarget[] | undefined {
  const targets: DestructuringTarget[] = [];
  if (ts.isArrayLiteralExpression(pattern)) {
    for (const [index, element] of pattern.elements.entries()) {
      if (ts.isOmittedExpression(element)) continue;
      const target = skipTypeWrappers(element);
      if (!ts.isIdentifier(target)) return undefined;
      targets.push({ target, read: (whole) => nix.callBuiltin("elemAt", whole, nix.int(index)) });
    }
    return targets;
  }
  for (const property of pattern.properties) {
    if (ts.isShorthandPropertyAssignment(property) && !property.objectAssignmentInitializer) {
      const key = property.name.text;
      targets.push({ target: property.name, read: (whole) => nix.select(whole, key) });
    } else if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) {
      const target = skipTypeWrappers(property.initializer);
      const key = property.name.text;
      if (!ts.isIdentifier(target)) return undefined;
      targets.push({ target, read: (whole) => nix.select(whole, key) });
    } else {
      return undefined;
    }
  }
  return targets;
}
