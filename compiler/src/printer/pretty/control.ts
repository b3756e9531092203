// `if … then … else`, `with` and `assert` (Pretty.hs).
import {
  type Doc,
  GroupKind,
  group,
  hardline,
  hardspace,
  line,
  lineBreak,
  nest,
} from "../layout/document.js";
import type { Expression, If } from "../syntax/syntax.js";
import { prettyApp } from "./application.js";
import type { Pretty } from "./pretty.js";
import { prettyTermWide } from "./terms.js";

/**
 * `if c then a else b` when it fits, else each branch on its own lines; an `else if` chain is always expanded. A
 * condition that does not fit moves between `if` and `then`, indented.
 */
export function prettyIf(e: If, p: Pretty): Doc {
  const parts: Doc[] = [];
  let around: Doc = line;
  let branch: Expression = e;
  while (branch.kind === "if") {
    const head = group(["if", line, nest(p.expr(branch.condition)), line, "then"]);
    parts.push(head, around, nest(group(p.expr(branch.then))), around, "else", hardspace);
    around = hardline;
    branch = branch.else;
  }
  parts.push(line, nest(group(p.expr(branch))));
  return group(parts);
}

/** `with s; body`; with `absorb` (a set or list body after `=` or `(`), `with s; {` opens the body on the line. */
export function prettyWith(absorb: boolean, e: Expression & { kind: "with" }, p: Pretty): Doc {
  const head = ["with", hardspace, nest(group(p.expr(e.scope))), ";"];
  if (absorb && e.body.kind === "term") {
    return group([lineBreak, head, hardspace, group(prettyTermWide(e.body.term, p), GroupKind.Priority)]);
  }
  return [group(head), line, p.expr(e.body)];
}

/** `assert c;` laid out as if `assert` were a function applied to the condition, then the body on its own line. */
export function prettyAssert(e: Expression & { kind: "assert" }, p: Pretty): Doc {
  const [fn, arg] = insertIntoApp(
    { kind: "term", term: { kind: "token", text: "assert", type: "keyword" } },
    e.condition,
  );
  return group([prettyApp(false, [], false, fn, arg, p), ";", hardline, p.expr(e.body)]);
}

/** `assert` as the function of the condition's application: `assert f x` is `((assert f) x)`. */
function insertIntoApp(insert: Expression, e: Expression): [Expression, Expression] {
  const args: Expression[] = [];
  let fn: Expression = e;
  while (fn.kind === "application") {
    args.push(fn.arg);
    fn = fn.fn;
  }
  let app: Expression = insert;
  let arg: Expression = fn;
  for (let i = args.length - 1; i >= 0; i--) {
    app = { kind: "application", fn: app, arg };
    arg = args[i]!;
  }
  return [app, arg];
}
