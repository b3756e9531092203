// Declarations in a statement list that must stay where they are written: those of variables that change, and
// those whose values read such variables (directly, in a nested function, or through another such declaration).
// Their first versions are bound at their place; a small literal (`let total = 0`) binds nothing until it changes.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerBindingPattern } from "../visitors/destructuring.js";
import { lowerDeclarationBindings } from "../visitors/declarations.js";
import { withVersion } from "./continuations.js";
import { localVariables, symbolOfIdentifier } from "./local-variables.js";

/** The declaration statements of `statements` whose values depend on where they stand. */
export function positionDependentDeclarations(
  statements: readonly ts.Statement[],
  ctx: TransformContext,
): Set<ts.Statement> {
  const locals = localVariables(ctx);
  const declared = new Map<ts.Statement, ts.Symbol[]>();
  const reads = new Map<ts.Statement, Set<ts.Symbol>>();
  for (const statement of statements) {
    if (!ts.isVariableStatement(statement) && !ts.isFunctionDeclaration(statement)) continue;
    declared.set(statement, declaredSymbols(statement, ctx));
    reads.set(statement, referencedSymbols(statement, ctx));
  }
  const dependent = new Set<ts.Statement>();
  const dependentSymbols = new Set<ts.Symbol>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [statement, symbols] of declared) {
      if (dependent.has(statement)) continue;
      const own = symbols.some((s) => locals.changes(s));
      const uses = [...reads.get(statement)!].some((s) => locals.changes(s) || dependentSymbols.has(s));
      if (own || uses) {
        dependent.add(statement);
        for (const s of symbols) dependentSymbols.add(s);
        changed = true;
      }
    }
  }
  reportEarlyUses(statements, dependent, declared, ctx);
  return dependent;
}

/** A declaration that stays in place cannot be reached before it (through a function called earlier). */
function reportEarlyUses(
  statements: readonly ts.Statement[],
  dependent: ReadonlySet<ts.Statement>,
  declared: ReadonlyMap<ts.Statement, ts.Symbol[]>,
  ctx: TransformContext,
): void {
  for (const statement of dependent) {
    const symbols = new Set(declared.get(statement));
    const before = statements.filter((s) => s.getEnd() <= statement.getStart());
    for (const earlier of before) {
      const use = findUse(earlier, symbols, ctx);
      if (use) ctx.report(use, Diagnostics.usedBeforeDeclaration(use.text));
    }
  }
}

function findUse(
  node: ts.Node,
  symbols: ReadonlySet<ts.Symbol>,
  ctx: TransformContext,
): ts.Identifier | undefined {
  if (ts.isIdentifier(node)) {
    const symbol = symbolOfIdentifier(node, ctx.checker);
    return symbol && symbols.has(symbol) ? node : undefined;
  }
  return ts.forEachChild(node, (child) => findUse(child, symbols, ctx));
}

function declaredSymbols(
  statement: ts.VariableStatement | ts.FunctionDeclaration,
  ctx: TransformContext,
): ts.Symbol[] {
  if (ts.isFunctionDeclaration(statement)) {
    const symbol = statement.name && ctx.checker.getSymbolAtLocation(statement.name);
    return symbol ? [symbol] : [];
  }
  const names: ts.Identifier[] = [];
  for (const declaration of statement.declarationList.declarations) collectNames(declaration.name, names);
  return names.flatMap((name) => ctx.checker.getSymbolAtLocation(name) ?? []);
}

function collectNames(name: ts.BindingName, into: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) return void into.push(name);
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name, into);
}

function referencedSymbols(node: ts.Node, ctx: TransformContext): Set<ts.Symbol> {
  const found = new Set<ts.Symbol>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const symbol = symbolOfIdentifier(n, ctx.checker);
      if (symbol) found.add(symbol);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** `const`/`let` in place: ordinary bindings, except that a changing variable starts its versions here. */
export function lowerVariableStatement(statement: ts.VariableStatement, ctx: TransformContext): Binding[] {
  if (!statement.declarationList.declarations.some((d) => changingSymbol(d, ctx)))
    return lowerDeclarationBindings(statement, ctx) ?? [];
  return lowerVariableDeclarations(statement.declarationList, ctx);
}

/** The declarations of a `let`/`const` list (a statement's, or a `for` loop's head). */
export function lowerVariableDeclarations(
  list: ts.VariableDeclarationList,
  ctx: TransformContext,
): Binding[] {
  const scoped = list.flags & ts.NodeFlags.BlockScoped;
  if (scoped !== ts.NodeFlags.Let && scoped !== ts.NodeFlags.Const) {
    ctx.report(list, Diagnostics.varNotSupported());
    return [];
  }
  return list.declarations.flatMap((declaration) => {
    const value = () => (declaration.initializer ? ctx.lower(declaration.initializer) : nix.NULL);
    const symbol = changingSymbol(declaration, ctx);
    if (!symbol) return lowerBindingPattern(declaration.name, value(), ctx);
    localVariables(ctx).accepts(symbol);
    const name = ctx.naming.nameOf(symbol);
    const literal = smallLiteral(declaration.initializer);
    if (literal) {
      ctx.versions = withVersion(ctx.versions, symbol, { name, literal, home: ctx.statementList });
      return [];
    }
    const bindings = lowerBindingPattern(declaration.name, value(), ctx);
    ctx.versions = withVersion(ctx.versions, symbol, { name });
    return bindings;
  });
}

function changingSymbol(declaration: ts.VariableDeclaration, ctx: TransformContext): ts.Symbol | undefined {
  const symbol = ts.isIdentifier(declaration.name)
    ? ctx.checker.getSymbolAtLocation(declaration.name)
    : undefined;
  return symbol && localVariables(ctx).changes(symbol) ? symbol : undefined;
}

/** A constant small enough to read in place of a name: `0`, `""`, `[]`, `{}`, `true`, `null`, no initializer. */
function smallLiteral(initializer: ts.Expression | undefined): Expr | undefined {
  if (!initializer) return nix.NULL;
  let node = initializer;
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    node = node.expression;
  if (ts.isNumericLiteral(node)) {
    const value = Number(node.text);
    return Number.isSafeInteger(value) ? nix.int(value) : undefined;
  }
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  ) {
    const value = -Number(node.operand.text);
    return Number.isSafeInteger(value) ? nix.int(value) : undefined;
  }
  if (
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
    node.text.length <= 16 &&
    isPlainText(node.text)
  )
    return nix.str(node.text);
  if (ts.isArrayLiteralExpression(node) && node.elements.length === 0) return nix.list([]);
  if (ts.isObjectLiteralExpression(node) && node.properties.length === 0) return nix.attrs([]);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return nix.TRUE;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return nix.FALSE;
  if (node.kind === ts.SyntaxKind.NullKeyword) return nix.NULL;
  if (ts.isIdentifier(node) && node.text === "undefined") return nix.NULL;
  return undefined;
}

function isPlainText(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
