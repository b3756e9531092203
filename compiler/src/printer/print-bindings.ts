// Attribute sets, lists, `let`, bindings and `inherit`: the forms that hold one entry per line once expanded.
import { doc } from "prettier";
import type { AttrSet, Binding, Expr, Inherit, LetIn, List } from "../nix/ast.js";
import { valueHugsAssignment } from "./hugging.js";
import type { Doc, NixPrinter } from "./nix-printer.js";
import { printAttrPath } from "./print-attr-path.js";
import { applicationLayouts } from "./print-application.js";
import { Level } from "./precedence.js";
import { printAttrName } from "./strings.js";

const { group, indent, line, softline, hardline, join, conditionalGroup, breakParent } = doc.builders;

/** `[ x ]` on one line when it fits; two or more items always one per line (nixfmt). */
export function printList(e: List, p: NixPrinter): Doc {
  if (e.items.length === 0) return "[ ]";
  // List elements are juxtaposed like arguments: `[ f x ]` is two elements, `[ -1 ]` a syntax error.
  const items = e.items.map((item) => p.operand(item, Level.select));
  return group(["[", indent([line, join(line, items)]), line, "]"], { shouldBreak: items.length >= 2 });
}

/** `{ a = 1; }` on one line when it fits; two or more bindings always one per line (nixfmt). */
export function printAttrSet(e: AttrSet, p: NixPrinter): Doc {
  const open = e.recursive ? "rec {" : "{";
  if (e.bindings.length === 0) return `${open} }`;
  const bindings = e.bindings.map((b) => printBinding(b, p));
  return group([open, indent([line, join(line, bindings)]), line, "}"], {
    shouldBreak: bindings.length >= 2,
  });
}

/** `let` is always multi-line, with `in` on its own line and the body not indented (nixfmt). */
export function printLet(e: LetIn, p: NixPrinter): Doc {
  const bindings = e.bindings.map((b) => printBinding(b, p));
  const block = bindings.length === 0 ? "" : indent([hardline, join(hardline, bindings)]);
  return ["let", block, hardline, "in", hardline, p.expr(e.body)];
}

export function printBinding(b: Binding, p: NixPrinter): Doc {
  if (b.kind === "inherit") return printInherit(b, p);
  return printAssignment(printAttrPath(b.path, p), "=", b.value, p, ";");
}

/** `inherit (from) a b;`, or one name per line with the `;` under them when it does not fit (nixfmt). */
function printInherit(b: Inherit, p: NixPrinter): Doc {
  const from: Doc = b.from === undefined ? "" : [" (", p.expr(b.from), ")"];
  if (b.names.length === 0) return ["inherit", from, ";"];
  const names = b.names.map(printAttrName);
  return group(["inherit", from, indent([line, join(line, names), softline, ";"])]);
}

/**
 * `lhs = value;` (or a pattern's `name ? value`). Sets, lists, strings and lambdas returning them start right
 * after the operator; applications try `f x y`, then `f x {` … `}`, then the value on the next line; anything
 * else stays on the line when it fits and otherwise moves, indented, to the next line.
 */
export function printAssignment(
  lhs: Doc,
  op: "=" | "?",
  value: Expr,
  p: NixPrinter,
  terminator: string,
): Doc {
  if (valueHugsAssignment(value)) return group([lhs, ` ${op} `, p.expr(value), terminator]);
  if (value.kind === "apply") {
    const layouts = applicationLayouts(value, p, false);
    const states: Doc[] = [[" ", layouts.flat]];
    if (layouts.hugged !== undefined) states.push([" ", layouts.hugged]);
    states.push(indent([line, p.expr(value)]));
    // A conditional group does not pass a forced break on to its parents, so that is done explicitly.
    const rhs = p.hasForcedBreak(value) ? [conditionalGroup(states), breakParent] : conditionalGroup(states);
    return group([lhs, ` ${op}`, rhs, terminator]);
  }
  return group([lhs, ` ${op}`, indent([line, p.expr(value)]), terminator]);
}
