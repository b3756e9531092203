// Rest parameters where every call site is known: `function f(a, ...xs: T[])` takes its rest as one list
// (`a: xs: …`), and each call packs the arguments from the rest position on into that list (`f 1 [ 2 3 ]`,
// `f 0 ([ 1 ] ++ ys)` for `f(0, 1, ...ys)`). That is exact only if every caller packs: so the function must be
// declared by name (`function f` or an unannotated `const f = (…) =>`), not exported, and every reference to it in
// its file must be a direct call — never passed, stored or returned, where a caller would pass curried arguments.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType } from "../type-queries.js";
import type { FunctionLike } from "./functions.js";
import { skipTypeWrappers } from "./type-erasure.js";

/** Why the rest parameter of `node` cannot be lowered exactly, or undefined when it can. */
export function restParameterProblem(node: FunctionLike, ctx: TransformContext): string | undefined {
  const last = node.parameters[node.parameters.length - 1];
  if (!last?.dotDotDotToken) return undefined;
  if (!ts.isIdentifier(last.name)) return "destructure the list inside the function instead";
  const type = ctx.checker.getTypeAtLocation(last);
  if (!isArrayLikeType(ctx.checker, type) || ctx.checker.isTupleType(type))
    return "a rest parameter needs an array type (not a tuple)";
  const name = functionName(node);
  if (!name)
    return "only a function declared by name (`function f` or `const f = (…) =>` without a type) can have one";
  if (isExported(node)) return "an exported function may be called from code tsnix cannot see";
  const symbol = ctx.checker.getSymbolAtLocation(name);
  if (!symbol) return "its name cannot be resolved";
  // Overloads: a call resolved to an overload without the rest would pass separate arguments.
  if ((symbol.declarations?.length ?? 0) > 1)
    return "an overloaded function may be called through another signature";
  const escaping = referencesOf(symbol, name, ctx).find((ref) => !isDirectCallee(ref));
  if (escaping)
    return "the function is used as a value (passed, stored or returned), so not every call is known";
  return undefined;
}

/**
 * The arguments of a call to a function with a rest parameter, packed: the fixed ones as they are, the rest as
 * one list. Undefined when the callee is not such a function; a spread before the rest position is refused.
 */
export function packRestArguments(
  call: ts.CallExpression,
  signature: ts.Signature,
  ctx: TransformContext,
): Expr[] | undefined {
  const declaration = signature.getDeclaration();
  const last = declaration?.parameters[declaration.parameters.length - 1];
  if (!declaration || !last?.dotDotDotToken) return undefined;
  if (!isImplementation(declaration)) {
    // A function type with a rest parameter admits any function: callers cannot know how it takes its arguments.
    ctx.report(
      call,
      Diagnostics.restParameterNotSupported("a function typed with a rest parameter may be any function"),
    );
    return [];
  }
  const fixed = declaration.parameters.length - 1;
  const args: Expr[] = [];
  for (let i = 0; i < fixed; i++) {
    const argument = call.arguments[i];
    if (argument && ts.isSpreadElement(argument)) {
      ctx.report(argument, Diagnostics.spreadArgumentNotSupported());
      return [];
    }
    args.push(argument ? ctx.lower(argument) : nix.NULL);
  }
  const segments: Expr[] = [];
  let pending: Expr[] = [];
  for (const argument of call.arguments.slice(fixed)) {
    if (!ts.isSpreadElement(argument)) {
      pending.push(ctx.lower(argument));
      continue;
    }
    if (!isArrayLikeType(ctx.checker, ctx.typeOf(argument.expression))) {
      ctx.report(argument, Diagnostics.spreadArgumentNotSupported());
      return [];
    }
    if (pending.length > 0) segments.push(nix.list(pending));
    pending = [];
    segments.push(ctx.lower(argument.expression));
  }
  if (pending.length > 0 || segments.length === 0) segments.push(nix.list(pending));
  args.push(segments.reduceRight((right, left) => nix.binop("++", left, right)));
  return args;
}

function isImplementation(declaration: ts.SignatureDeclaration): boolean {
  return (
    (ts.isFunctionDeclaration(declaration) ||
      ts.isArrowFunction(declaration) ||
      ts.isFunctionExpression(declaration)) &&
    declaration.body !== undefined
  );
}

function functionName(node: FunctionLike): ts.Identifier | undefined {
  if (ts.isFunctionDeclaration(node)) return node.name;
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return undefined;
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent)) outer = outer.parent;
  const parent = outer.parent;
  if (!ts.isVariableDeclaration(parent) || parent.initializer !== outer || parent.type) return undefined;
  if (!ts.isIdentifier(parent.name)) return undefined;
  const list = parent.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const)) return undefined;
  return parent.name;
}

function isExported(node: FunctionLike): boolean {
  const holder = ts.isFunctionDeclaration(node) ? node : node.parent?.parent?.parent;
  return (
    holder !== undefined &&
    ts.canHaveModifiers(holder) &&
    (ts.getModifiers(holder) ?? []).some(
      (m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword,
    )
  );
}

function referencesOf(
  symbol: ts.Symbol,
  declarationName: ts.Identifier,
  ctx: TransformContext,
): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      node !== declarationName &&
      node.text === declarationName.text &&
      (ctx.checker.getSymbolAtLocation(node) === symbol ||
        (ts.isShorthandPropertyAssignment(node.parent) &&
          ctx.checker.getShorthandAssignmentValueSymbol(node.parent) === symbol) ||
        (ts.isExportSpecifier(node.parent) &&
          ctx.checker.getExportSpecifierLocalTargetSymbol(node.parent) === symbol))
    ) {
      found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(declarationName.getSourceFile());
  return found;
}

function isDirectCallee(reference: ts.Identifier): boolean {
  let outer: ts.Node = reference;
  while (ts.isParenthesizedExpression(outer.parent) || ts.isNonNullExpression(outer.parent))
    outer = outer.parent;
  const parent = outer.parent;
  return (
    ts.isCallExpression(parent) &&
    skipTypeWrappers(parent.expression) === skipTypeWrappers(outer as ts.Expression)
  );
}
