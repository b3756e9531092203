// Function bodies: `const` and function declarations become one `let` (hoisted: Nix is lazy, so an unused or
// later-declared binding costs nothing), and `if`/`return`/`throw` become nested if-then-else. The code after an
// `if` that may fall through is bound once when several paths reach it. Falling off the end returns undefined.
import { ts } from "ts-morph";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import { replaceNode } from "../../nix/traverse.js";
import type { TransformContext } from "../context.js";
import { lowerCondition } from "./conditions.js";
import { lowerDeclarationBindings, rejectStatement } from "./declarations.js";
import { lowerThrow } from "./throw.js";

export function lowerFunctionBody(block: ts.Block, ctx: TransformContext): Expr {
  return lowerStatementList(block.statements, undefined, ctx);
}

/** What happens when control falls off the end of a statement list: the rest of the enclosing list. */
class Continuation {
  private uses = 0;
  private readonly marker = nix.ident("<continuation>");

  constructor(private readonly lowerRest: () => Expr) {}

  use(): Expr {
    this.uses++;
    return this.marker;
  }

  /** Put the rest into `expr`: inline when used once, bound to a fresh name when used several times. */
  close(expr: Expr, ctx: TransformContext): Expr {
    if (this.uses === 0) return expr;
    const rest = this.lowerRest();
    if (this.uses === 1) return replaceNode(expr, this.marker, rest);
    const name = ctx.naming.fresh("rest");
    return nix.letIn([nix.bind(name, rest)], replaceNode(expr, this.marker, nix.ident(name)));
  }
}

function lowerStatementList(
  statements: readonly ts.Statement[],
  fallThrough: Continuation | undefined,
  ctx: TransformContext,
): Expr {
  const bindings: Binding[] = [];
  const control: ts.Statement[] = [];
  for (const statement of statements) {
    const declared = lowerDeclarationBindings(statement, ctx);
    if (declared) bindings.push(...declared);
    else control.push(statement);
  }
  return nix.letIn(bindings, lowerControl(control, 0, fallThrough, ctx));
}

function lowerControl(
  statements: readonly ts.Statement[],
  index: number,
  fallThrough: Continuation | undefined,
  ctx: TransformContext,
): Expr {
  const statement = statements[index];
  if (!statement) return fallThrough ? fallThrough.use() : nix.NULL;
  if (ts.isReturnStatement(statement))
    return statement.expression ? ctx.lower(statement.expression) : nix.NULL;
  if (ts.isThrowStatement(statement)) return lowerThrow(statement, ctx);
  if (ts.isEmptyStatement(statement)) return lowerControl(statements, index + 1, fallThrough, ctx);
  if (ts.isIfStatement(statement) || ts.isBlock(statement)) {
    const rest = new Continuation(() => lowerControl(statements, index + 1, fallThrough, ctx));
    const lowered = ts.isBlock(statement)
      ? lowerStatementList(statement.statements, rest, ctx)
      : lowerIf(statement, rest, ctx);
    return rest.close(lowered, ctx);
  }
  rejectStatement(statement, ctx);
  return lowerControl(statements, index + 1, fallThrough, ctx);
}

function lowerIf(statement: ts.IfStatement, rest: Continuation, ctx: TransformContext): Expr {
  const condition = lowerCondition(statement.expression, ctx);
  const then = lowerBranch(statement.thenStatement, rest, ctx);
  const otherwise = statement.elseStatement ? lowerBranch(statement.elseStatement, rest, ctx) : rest.use();
  return nix.ifThenElse(condition, then, otherwise);
}

function lowerBranch(statement: ts.Statement, rest: Continuation, ctx: TransformContext): Expr {
  const statements = ts.isBlock(statement) ? statement.statements : [statement];
  return lowerStatementList(statements, rest, ctx);
}
