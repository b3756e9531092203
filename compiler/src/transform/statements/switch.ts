// `switch` → an `if` chain over the cases (`===` on primitives, in order, `default` last whatever its place). A case
// runs its statements and falls through into the next case's unless it breaks, returns or throws, so each case
// body is a join point reached from the chain and from the case before it; `break` goes to what follows the switch.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isBooleanType } from "../type-queries.js";
import { strictEqualityProblem } from "../visitors/equality.js";
import { type Continuation, type Exits, JoinPoint } from "./continuations.js";
import { lowerStatementList } from "./statement-lists.js";

export function lowerSwitch(statement: ts.SwitchStatement, exits: Exits, ctx: TransformContext): Expr {
  const clauses = statement.caseBlock.clauses;
  const entries = caseEntries(clauses, exits);
  const start = ctx.versions;
  const dispatched = ctx.bindOnce(ctx.lower(statement.expression), "value", (value) =>
    dispatch(statement, value, entries, exits, ctx),
  );
  let lowered = dispatched;
  for (const entry of new Set(entries)) {
    if (entry instanceof JoinPoint) lowered = entry.close(lowered, ctx);
  }
  ctx.versions = start;
  return lowered;
}

/**
 * The continuation that runs clause i's statements and those after it: a join point, or for a clause without
 * statements the next clause's entry itself (`case "a": case "b": …`).
 */
function caseEntries(clauses: readonly ts.CaseOrDefaultClause[], exits: Exits): Continuation[] {
  const entries: Continuation[] = new Array<Continuation>(clauses.length);
  let following: Continuation = exits.next;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const statements = clauses[i]!.statements;
    if (statements.length === 0) {
      entries[i] = following;
      continue;
    }
    const fallInto = following;
    const entry = new JoinPoint("case", (c) =>
      lowerStatementList(statements, { ...exits, next: fallInto, breakTo: exits.next }, c),
    );
    entries[i] = entry;
    following = entry;
  }
  return entries;
}

function dispatch(
  statement: ts.SwitchStatement,
  value: Expr,
  entries: readonly Continuation[],
  exits: Exits,
  ctx: TransformContext,
): Expr {
  const clauses = statement.caseBlock.clauses;
  const defaultIndex = clauses.findIndex(ts.isDefaultClause);
  const tests: { condition: Expr; entry: Continuation }[] = [];
  clauses.forEach((clause, i) => {
    if (!ts.isCaseClause(clause)) return;
    const condition = caseTest(statement.expression, value, clause.expression, ctx);
    const entry = entries[i]!;
    const previous = tests[tests.length - 1];
    // Cases that share a body (`case "a": case "b":`) read as one test: `value == "a" || value == "b"`.
    if (previous && previous.entry === entry)
      previous.condition = nix.binop("||", previous.condition, condition);
    else tests.push({ condition, entry });
  });
  const fallback = defaultIndex >= 0 ? entries[defaultIndex]! : exits.next;
  const start = ctx.versions;
  let result = withStart(start, ctx, () => fallback.jump(ctx));
  for (const test of [...tests].reverse()) {
    const target = withStart(start, ctx, () => test.entry.jump(ctx));
    result = nix.ifThenElse(test.condition, target, result);
  }
  return result;
}

function withStart<T>(start: TransformContext["versions"], ctx: TransformContext, body: () => T): T {
  ctx.versions = start;
  return body();
}

/** `discriminant === label`, with the checks of `===`; `switch (true)` tests boolean labels directly. */
function caseTest(
  discriminant: ts.Expression,
  value: Expr,
  label: ts.Expression,
  ctx: TransformContext,
): Expr {
  const labelType = ctx.typeOf(label);
  if (discriminant.kind === ts.SyntaxKind.TrueKeyword && isBooleanType(labelType)) return ctx.lower(label);
  const problem = strictEqualityProblem(ctx.typeOf(discriminant), labelType, true, ctx);
  if (problem) return ctx.fail(label, problem);
  return nix.binop("==", value, ctx.lower(label));
}
