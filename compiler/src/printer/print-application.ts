// Function application, attribute selection (`e.a.b or d`) and attribute tests (`e ? a.b`).
import { doc } from "prettier";
import type { Apply, AttrKey, Expr, HasAttr, Select } from "../nix/ast.js";
import type { Doc, NixPrinter } from "./nix-printer.js";
import { printAttrPath } from "./print-attr-path.js";
import { Level, needsParenthesesAsSelectBase } from "./precedence.js";

const { indent, line, softline, join, conditionalGroup, breakParent } = doc.builders;

/** The three ways an application can be laid out, from most to least compact. */
export interface ApplicationLayouts {
  /** `f a b c` */
  readonly flat: Doc;
  /** `f a b {` … `}` / `f a (` … `)`: only when the last argument can open on the line and break inside. */
  readonly hugged: Doc | undefined;
  /** `f` then one argument per line, indented (and `)` on its own line when parenthesised). */
  readonly expanded: Doc;
}

export function applicationLayouts(e: Apply, p: NixPrinter, parenthesized: boolean): ApplicationLayouts {
  const args: Expr[] = [];
  let fn: Expr = e;
  while (fn.kind === "apply") {
    args.push(fn.arg);
    fn = fn.fn;
  }
  args.reverse();
  // Arguments and the function are juxtaposed: anything looser than a plain selection needs parentheses.
  const fnDoc = p.operand(fn, Level.select);
  const argDocs = args.map((arg) => p.argument(arg));
  const open = parenthesized ? "(" : "";
  const close = parenthesized ? ")" : "";
  const huggedLast = p.huggedArgument(args[args.length - 1]!);
  const leading = argDocs.slice(0, -1).map((d) => [d, " "]);
  return {
    flat: [open, fnDoc, " ", join(" ", argDocs), close],
    hugged: huggedLast === undefined ? undefined : [open, fnDoc, " ", leading, huggedLast, close],
    expanded: [open, fnDoc, indent([line, join(line, argDocs)]), parenthesized ? softline : "", close],
  };
}

export function printApplication(e: Apply, p: NixPrinter, parenthesized: boolean): Doc {
  const { flat, hugged, expanded } = applicationLayouts(e, p, parenthesized);
  const chosen = conditionalGroup(hugged === undefined ? [flat, expanded] : [flat, hugged, expanded]);
  // A conditional group does not pass a forced break on to its parents, so that is done explicitly.
  return p.hasForcedBreak(e) ? [chosen, breakParent] : chosen;
}

export function printSelect(e: Select, p: NixPrinter): Doc {
  // `(x.a).b` means `x.a.b`, so a chain of plain selections is printed as one path.
  const segments: (readonly AttrKey[])[] = [e.path];
  let base = e.expr;
  while (base.kind === "select" && base.default === undefined) {
    segments.push(base.path);
    base = base.expr;
  }
  const path = segments.reverse().flat();
  const baseDoc = needsParenthesesAsSelectBase(base) ? p.parenthesized(base) : p.expr(base);
  const selected: Doc = [baseDoc, ".", printAttrPath(path, p)];
  if (e.default === undefined) return selected;
  return [selected, " or ", p.operand(e.default, Level.select)];
}

export function printHasAttr(e: HasAttr, p: NixPrinter): Doc {
  // `?` is non-associative and binds looser than unary minus only.
  return [p.operand(e.expr, Level.negate), " ? ", printAttrPath(e.path, p)];
}
