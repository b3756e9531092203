// Which variables change, and whether their changes can become new values (SSA versions) without anybody noticing.
// That holds when no other code could observe the variable — or the array/object it holds — between two versions:
// it is declared here (not exported, not a parameter whose object belongs to the caller), changed only by the
// function that declares it, read by nested functions only once it no longer changes, and, when changed in place,
// holds an array or object made here that no other reference reaches before the changes are over. Everything
// else is refused with the reason; the analysis is syntactic and errs on the side of refusing.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import type { TransformContext } from "../context.js";
import { collectWrites, type LocalWrite } from "./local-writes.js";
import { isFreshValue, isTransientRead } from "./aggregate-reads.js";
import { isStraight } from "./control-flow.js";

const analyses = new WeakMap<TransformContext, LocalVariables>();

/** The analysis of the file `ctx` lowers (computed once). */
export function localVariables(ctx: TransformContext): LocalVariables {
  let analysis = analyses.get(ctx);
  if (!analysis) {
    analysis = new LocalVariables(ctx);
    analyses.set(ctx, analysis);
  }
  return analysis;
}

type Declaration = ts.VariableDeclaration | ts.ParameterDeclaration;

export class LocalVariables {
  private readonly writes = new Map<ts.Symbol, LocalWrite[]>();
  private references: Map<ts.Symbol, ts.Identifier[]> | undefined;
  private readonly verdicts = new Map<ts.Symbol, boolean>();
  private readonly writeTargets = new Set<ts.Node>();

  constructor(private readonly ctx: TransformContext) {
    for (const write of collectWrites(ctx.sourceFile, ctx.checker)) {
      const symbol = symbolOfIdentifier(write.target, ctx.checker);
      if (!symbol) continue;
      this.writeTargets.add(write.target);
      const list = this.writes.get(symbol) ?? [];
      list.push(write);
      this.writes.set(symbol, list);
    }
  }

  /** Does the variable ever change after its declaration? (Then it has versions.) */
  changes(symbol: ts.Symbol): boolean {
    return this.writes.has(symbol);
  }

  writesOf(symbol: ts.Symbol): readonly LocalWrite[] {
    return this.writes.get(symbol) ?? [];
  }

  /** Can the changes of `symbol` be lowered exactly? Reports why not, once. */
  accepts(symbol: ts.Symbol): boolean {
    let verdict = this.verdicts.get(symbol);
    if (verdict === undefined) {
      verdict = this.check(symbol);
      this.verdicts.set(symbol, verdict);
    }
    return verdict;
  }

  private check(symbol: ts.Symbol): boolean {
    const writes = this.writesOf(symbol);
    const first = writes[0];
    if (!first) return true;
    const name = symbol.name;
    const declaration = declarationOf(symbol);
    if (!declaration)
      return this.refuse(first.target, Diagnostics.notALocalVariable(name, "not a local variable"));
    if (isExported(declaration)) return this.refuse(first.target, Diagnostics.exportedAndChanged(name));
    const owner = functionOf(declaration);
    for (const write of writes) {
      if (functionOf(write.node) !== owner)
        return this.refuse(write.node, Diagnostics.changedInOtherFunction(name));
      if (write.kind === "mutate-nested") {
        return this.refuse(
          write.node,
          Diagnostics.mutationNotSupported("A change inside a member of a variable's array or object"),
        );
      }
    }
    const inPlace = writes.filter((w) => w.kind === "mutate");
    if (inPlace.length > 0 && !this.checkOwnedValue(symbol, declaration, inPlace[0]!)) return false;
    return this.checkReads(symbol, declaration, owner, inPlace.length > 0);
  }

  /** A variable changed in place must hold an array or object made right here, by every assignment. */
  private checkOwnedValue(symbol: ts.Symbol, declaration: Declaration, write: LocalWrite): boolean {
    const name = symbol.name;
    if (ts.isParameter(declaration))
      return this.refuse(
        write.node,
        Diagnostics.notALocalVariable(name, "a parameter, whose value belongs to the caller"),
      );
    if (!ts.isIdentifier(declaration.name) || !declaration.initializer)
      return this.refuse(write.node, Diagnostics.notFreshValue(name));
    const values = [declaration.initializer, ...this.assignedValues(symbol)];
    const shared = values.find((value) => !isFreshValue(value, this.ctx));
    return shared ? this.refuse(shared, Diagnostics.notFreshValue(name)) : true;
  }

  private assignedValues(symbol: ts.Symbol): ts.Expression[] {
    return this.writesOf(symbol).flatMap((w) =>
      w.kind === "assign" && ts.isBinaryExpression(w.node) ? [w.node.right] : [],
    );
  }

  private checkReads(symbol: ts.Symbol, declaration: Declaration, owner: ts.Node, inPlace: boolean): boolean {
    const writes = this.writesOf(symbol);
    for (const read of this.referencesOf(symbol)) {
      if (this.writeTargets.has(read) || read === declaration.name) continue;
      if (ts.isExportSpecifier(read.parent))
        return this.refuse(read, Diagnostics.exportedAndChanged(symbol.name));
      const closure = outermostFunctionBelow(read, owner);
      if (closure) {
        if (!settledBefore(creationPoint(closure), closure, declaration, writes))
          return this.refuse(read, Diagnostics.readByLaterFunction(symbol.name));
        continue;
      }
      if (!inPlace) continue;
      if (iteratesWhileChanging(read, writes))
        return this.refuse(read, Diagnostics.changedWhileIterated(symbol.name));
      if (isTransientRead(read, this.ctx) || isReturned(read, owner)) continue;
      if (!settledBefore(read.getStart(), read, declaration, writes) && !this.replacedAfter(read, symbol))
        return this.refuse(read, Diagnostics.sharedWhileChanged(symbol.name));
    }
    return true;
  }

  /**
   * `acc.push(row); row = [];`: the variable gets a new array or object right after the reference was kept (the
   * statements in between always run on and do not change it), so later changes never reach the kept one.
   */
  private replacedAfter(read: ts.Identifier, symbol: ts.Symbol): boolean {
    let statement: ts.Node = read;
    while (
      !ts.isBlock(statement.parent) &&
      !ts.isSourceFile(statement.parent) &&
      !ts.isCaseClause(statement.parent)
    ) {
      if (ts.isFunctionLike(statement.parent)) return false;
      statement = statement.parent;
    }
    const writes = this.writesOf(symbol);
    if (!ts.isExpressionStatement(statement) && !isStraight(statement as ts.Statement)) return false;
    if (writes.some((w) => contains(statement, w.node) && w.node.getStart() > read.getStart())) return false;
    const list = (statement.parent as ts.Block | ts.SourceFile | ts.CaseClause).statements;
    for (const next of list.slice(list.indexOf(statement as ts.Statement) + 1)) {
      if (this.isFreshAssignment(next, symbol)) return true;
      if (!isStraight(next) || writes.some((w) => contains(next, w.node))) return false;
    }
    return false;
  }

  private isFreshAssignment(statement: ts.Statement, symbol: ts.Symbol): boolean {
    if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return false;
    const { left, operatorToken, right } = statement.expression;
    return (
      operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(left) &&
      symbolOfIdentifier(left, this.ctx.checker) === symbol &&
      isFreshValue(right, this.ctx)
    );
  }

  private refuse(node: ts.Node, template: ReturnType<typeof Diagnostics.notFreshValue>): false {
    this.ctx.report(node, template);
    return false;
  }

  private referencesOf(symbol: ts.Symbol): readonly ts.Identifier[] {
    if (!this.references) this.references = indexReferences(this.ctx.sourceFile, this.ctx.checker);
    return this.references.get(symbol) ?? [];
  }
}

export function symbolOfIdentifier(node: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === node)
    return checker.getShorthandAssignmentValueSymbol(parent);
  return checker.getSymbolAtLocation(node);
}

function indexReferences(file: ts.SourceFile, checker: ts.TypeChecker): Map<ts.Symbol, ts.Identifier[]> {
  const index = new Map<ts.Symbol, ts.Identifier[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = symbolOfIdentifier(node, checker);
      if (symbol) {
        const list = index.get(symbol) ?? [];
        list.push(node);
        index.set(symbol, list);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return index;
}

/** The variable declaration or parameter that declares `symbol` (through destructuring patterns). */
function declarationOf(symbol: ts.Symbol): Declaration | undefined {
  let node: ts.Node | undefined = symbol.valueDeclaration;
  while (node && ts.isBindingElement(node)) node = node.parent.parent;
  if (!node) return undefined;
  if (ts.isParameter(node)) return node;
  if (!ts.isVariableDeclaration(node)) return undefined;
  const flags = ts.getCombinedNodeFlags(node) & ts.NodeFlags.BlockScoped;
  return flags === ts.NodeFlags.Let || flags === ts.NodeFlags.Const ? node : undefined;
}

function isExported(declaration: Declaration): boolean {
  return (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export) !== 0;
}

/** The function (or file) whose code `node` is part of. */
export function functionOf(node: ts.Node): ts.Node {
  let current = node.parent;
  while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current ?? node.getSourceFile();
}

/** The function nested directly in `owner` that contains `node`, if `node` is inside one. */
function outermostFunctionBelow(node: ts.Node, owner: ts.Node): ts.Node | undefined {
  let found: ts.Node | undefined;
  for (let current = node.parent; current && current !== owner; current = current.parent) {
    if (ts.isFunctionLike(current)) found = current;
  }
  return found;
}

/** Where a function value comes into being: its position, or for a (hoisted) declaration its block's start. */
function creationPoint(fn: ts.Node): number {
  return ts.isFunctionDeclaration(fn) ? fn.parent.getStart() : fn.getStart();
}

/**
 * Are all writes over by the time code at `point` runs (`site` contains it)? Each write must end before it, and
 * no loop that repeats around `site` — inside the variable's scope, so not re-creating the variable — may write.
 */
function settledBefore(
  point: number,
  site: ts.Node,
  declaration: Declaration,
  writes: readonly LocalWrite[],
): boolean {
  if (writes.some((w) => w.node.getEnd() > point)) return false;
  for (let loop = site.parent; loop && !ts.isFunctionLike(loop); loop = loop.parent) {
    if (!isLoop(loop) || contains(loop, declaration)) continue;
    if (writes.some((w) => contains(loop, w.node))) return false;
  }
  return true;
}

export function isLoop(node: ts.Node): node is ts.IterationStatement {
  return (
    ts.isForStatement(node) ||
    ts.isForOfStatement(node) ||
    ts.isForInStatement(node) ||
    ts.isWhileStatement(node) ||
    ts.isDoStatement(node)
  );
}

function contains(outer: ts.Node, inner: ts.Node): boolean {
  return inner.getStart() >= outer.getStart() && inner.getEnd() <= outer.getEnd();
}

/** `for (const x of xs) { … xs.push(…) … }`: JavaScript's iteration would see the change. */
function iteratesWhileChanging(read: ts.Identifier, writes: readonly LocalWrite[]): boolean {
  let node: ts.Node = read;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent)) node = node.parent;
  const loop = node.parent;
  if (!ts.isForOfStatement(loop) || loop.expression !== node) return false;
  return writes.some((w) => contains(loop.statement, w.node));
}

/** Is `read` (part of) the value a `return` of `owner` hands back? The function's variables end there. */
function isReturned(read: ts.Node, owner: ts.Node): boolean {
  for (let node = read.parent; node && node !== owner; node = node.parent) {
    if (ts.isReturnStatement(node)) return functionOf(node) === owner;
    if (ts.isFunctionLike(node)) return false;
  }
  return false;
}
