// Declarations inside a file or a function body (`const`, `let` without reassignment, function declarations,
// types) and the statements tsnix refuses there, each with its own code.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerBindingPattern } from "./destructuring.js";
import { lowerFunctionLike } from "./functions.js";

/**
 * The `let` bindings a declaration statement introduces, `[]` for type-only declarations, or undefined when the
 * statement is not a declaration (control flow, expressions).
 */
export function lowerDeclarationBindings(
  statement: ts.Statement,
  ctx: TransformContext,
): Binding[] | undefined {
  if (isTypeOnly(statement)) return []; // `declare const x: T;` has no value; reading it is refused
  if (ts.isVariableStatement(statement)) return lowerVariableStatement(statement, ctx);
  if (ts.isFunctionDeclaration(statement)) {
    if (!statement.name) return [];
    if (!statement.body) return []; // an overload signature
    const symbol = ctx.checker.getSymbolAtLocation(statement.name);
    const name = symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(statement.name.text);
    return [nix.bind(name, lowerFunctionLike(statement, ctx))];
  }
  if (ts.isClassDeclaration(statement)) return reject(statement, ctx, Diagnostics.classNotSupported());
  if (ts.isEnumDeclaration(statement)) {
    return reject(
      statement,
      ctx,
      Diagnostics.declarationNotSupported("Enum (use a union of string literals)"),
    );
  }
  if (ts.isModuleDeclaration(statement))
    return reject(statement, ctx, Diagnostics.declarationNotSupported("Namespace"));
  return undefined;
}

function isTypeOnly(statement: ts.Statement): boolean {
  return (
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    (ts.canHaveModifiers(statement) &&
      (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
  );
}

function reject(
  statement: ts.Statement,
  ctx: TransformContext,
  template: ReturnType<typeof Diagnostics.classNotSupported>,
): Binding[] {
  ctx.report(statement, template);
  return [];
}

function lowerVariableStatement(statement: ts.VariableStatement, ctx: TransformContext): Binding[] {
  const list = statement.declarationList;
  const kind = list.flags & ts.NodeFlags.BlockScoped;
  if (kind === ts.NodeFlags.Using || kind === ts.NodeFlags.AwaitUsing) {
    ctx.report(statement, Diagnostics.declarationNotSupported("`using`"));
    return [];
  }
  if (kind !== ts.NodeFlags.Const && kind !== ts.NodeFlags.Let) {
    ctx.report(statement, Diagnostics.varNotSupported());
    return [];
  }
  return list.declarations.flatMap((declaration) => {
    const value = declaration.initializer ? ctx.lower(declaration.initializer) : nix.NULL;
    return lowerBindingPattern(declaration.name, value, ctx);
  });
}

/** Report a statement that has no place in a tsnix function body or file. */
export function rejectStatement(statement: ts.Statement, ctx: TransformContext): void {
  const K = ts.SyntaxKind;
  switch (statement.kind) {
    case K.TryStatement:
      return ctx.report(statement, Diagnostics.tryCatchNotSupported());
    case K.LabeledStatement:
    case K.BreakStatement:
    case K.ContinueStatement:
      return ctx.report(statement, Diagnostics.labelNotSupported());
    case K.WithStatement:
      return ctx.report(statement, Diagnostics.unsupportedSyntax("`with`"));
    case K.DebuggerStatement:
      return ctx.report(statement, Diagnostics.unsupportedSyntax("`debugger`"));
    case K.ExpressionStatement:
      return reportExpressionStatement(statement as ts.ExpressionStatement, ctx);
    default:
      return ctx.report(statement, Diagnostics.statementNotSupported(describeStatement(statement)));
  }
}

function reportExpressionStatement(statement: ts.ExpressionStatement, ctx: TransformContext): void {
  // Lowering reports the precise problem of mutations (`x = 1`, `x++`, `delete o.a`, `xs.push(1)`); only an
  // expression that lowers cleanly gets the generic "value is discarded" diagnostic.
  const before = ctx.diagnostics.size;
  ctx.lower(statement.expression);
  if (ctx.diagnostics.size > before) return;
  ctx.report(
    statement,
    Diagnostics.statementNotSupported(
      "An expression statement (its value is discarded and Nix has no side effects)",
    ),
  );
}

function describeStatement(statement: ts.Statement): string {
  const name = ts.SyntaxKind[statement.kind] ?? "This statement";
  return name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/ Statement$| Declaration$/, "")
    .trim();
}
