// The syntax → document step, nixfmt's Pretty.hs: `pretty` for every expression and `prettyTerm` for every term,
// each built once, bottom-up and without recursion, so that deep input cannot exhaust the call stack.
import { forEachPostOrder } from "../children.js";
import { type Doc, group, hardline, hardspace, nest, softline } from "../layout/document.js";
import type { Binder, Expression, Node, Parameter, Term } from "../syntax/syntax.js";
import { absorbableExpr, isShortPattern } from "./absorb.js";
import { prettyApp } from "./application.js";
import { prettyBinder, prettyBinders } from "./bindings.js";
import { prettyAssert, prettyIf, prettyWith } from "./control.js";
import { prettyAbstraction } from "./lambda.js";
import { prettyOp } from "./operators.js";
import { prettySelectorPath, prettyTerm, prettyTermInstance } from "./terms.js";
import { syntaxChildren } from "./walk.js";

/** What the per-construct functions use to get the documents of their children. */
export interface Pretty {
  /** nixfmt's `pretty` of an expression. */
  expr(e: Expression): Doc;
  /** nixfmt's `prettyTerm`. */
  term(t: Term): Doc;
  /** A binding (also shared by a set printed wide and as written). */
  binder(b: Binder): Doc;
  /** nixfmt's `isAbsorbableExpr`, memoised. */
  isAbsorbableExpr(e: Expression): boolean;
  /**
   * nixfmt's `canFlattenAttrs`: a short pattern whose braces are on one line. Where they are depends on the layout;
   * the printer first assumes one line, and lays the file out again for the patterns that broke (see print-nix.ts).
   */
  canFlattenAttrs(param: Parameter & { kind: "pattern" }): boolean;
}

/**
 * The document of a whole file (nixfmt's `Whole`). `multilinePatterns` are the short patterns a previous layout
 * had to break; the groups of the other short patterns are tagged with their pattern.
 */
export function prettyDocument(root: Expression, multilinePatterns: ReadonlySet<object>): Doc {
  const builder = new Builder(multilinePatterns);
  forEachPostOrder<Node>(root, syntaxChildren, (node, parent) => {
    if (parent !== undefined && isLaidOutByParent(parent, node)) return;
    if (isExpression(node)) {
      builder.isAbsorbableExpr(node);
      builder.expr(node);
    } else {
      builder.term(node);
    }
  });
  return group(builder.expr(root));
}

class Builder implements Pretty {
  private readonly exprs = new Map<Expression, Doc>();
  private readonly terms = new Map<Term, Doc>();
  private readonly binders = new Map<Binder, Doc>();
  private readonly absorbable = new Map<Expression, boolean>();

  constructor(private readonly multilinePatterns: ReadonlySet<object>) {}

  isAbsorbableExpr(e: Expression): boolean {
    let known = this.absorbable.get(e);
    if (known === undefined) {
      known = absorbableExpr(e, this);
      this.absorbable.set(e, known);
    }
    return known;
  }

  canFlattenAttrs(param: Parameter & { kind: "pattern" }): boolean {
    return isShortPattern(param) && !this.multilinePatterns.has(param);
  }

  expr(e: Expression): Doc {
    let built = this.exprs.get(e);
    if (built === undefined) {
      built = prettyExpression(e, this);
      this.exprs.set(e, built);
    }
    return built;
  }

  term(t: Term): Doc {
    let built = this.terms.get(t);
    if (built === undefined) {
      built = prettyTerm(t, this);
      this.terms.set(t, built);
    }
    return built;
  }

  binder(b: Binder): Doc {
    let built = this.binders.get(b);
    if (built === undefined) {
      built = prettyBinder(b, this);
      this.binders.set(b, built);
    }
    return built;
  }
}

const COMPARISONS: ReadonlySet<string> = new Set(["<", ">", "<=", ">=", "==", "!="]);

function prettyExpression(e: Expression, p: Pretty): Doc {
  switch (e.kind) {
    case "term":
      return prettyTermInstance(e.term, p);
    case "with":
      return prettyWith(false, e, p);
    case "let":
      // Always expanded, `in` on its own line and the body not indented.
      return [
        group(["let", hardline, nest(prettyBinders(e.binders, p))]),
        hardline,
        group(["in", hardline, p.expr(e.body)]),
      ];
    case "assert":
      return prettyAssert(e, p);
    case "if":
      return prettyIf(e, p);
    case "abstraction":
      return prettyAbstraction(e, p);
    case "application":
      return prettyApp(false, [], false, e.fn, e.arg, p);
    case "operation":
      // Comparisons do not chain, and are not grouped.
      if (COMPARISONS.has(e.op)) return [p.expr(e.left), softline, e.op, hardspace, p.expr(e.right)];
      return prettyOp(false, e, p);
    case "member check":
      return [p.expr(e.expr), softline, "?", hardspace, prettySelectorPath(e.path, p)];
    case "negation":
      return ["-", p.expr(e.expr)];
    case "inversion":
      return ["!", p.expr(e.expr)];
  }
}

const EXPRESSION_KINDS: ReadonlySet<string> = new Set([
  "term",
  "with",
  "let",
  "assert",
  "if",
  "abstraction",
  "application",
  "operation",
  "member check",
  "negation",
  "inversion",
]);
const isExpression = (n: Node): n is Expression => EXPRESSION_KINDS.has(n.kind);

/**
 * Chains a parent lays out itself — `a + b + c`, `else if`, `x: y: body`, `f a b` — whose links never need a
 * document of their own (building them would make long chains quadratic).
 */
function isLaidOutByParent(parent: Node, child: Node): boolean {
  switch (parent.kind) {
    case "operation":
      return child.kind === "operation" && child.op === parent.op && !COMPARISONS.has(parent.op);
    case "if":
      return child === parent.else && child.kind === "if";
    case "abstraction":
      return (
        child === parent.body &&
        child.kind === "abstraction" &&
        parent.param.kind === "name" &&
        child.param.kind === "name"
      );
    case "application":
      return child === parent.fn && child.kind === "application";
    default:
      return false;
  }
}
