// Binary operator chains and unary operators, parenthesised from the Nix precedence table only.
import { doc } from "prettier";
import type { BinaryOperator, BinOp, Expr, UnaryOp } from "../nix/ast.js";
import type { Doc, NixPrinter } from "./nix-printer.js";
import {
  binaryOperator,
  leftOperandLimit,
  Level,
  needsParentheses,
  rightOperandLimit,
} from "./precedence.js";

const { group, indent, line } = doc.builders;

interface ChainLink {
  readonly op: BinaryOperator;
  readonly operand: Expr;
  readonly limit: Level;
}

/**
 * Operators of one precedence level, read in source order: `a + b - c` is one chain (left-associative),
 * `a ++ b ++ c` too (right-associative); non-associative operators never chain. Iterative: generated chains can
 * be far deeper than the call stack.
 */
function flattenChain(e: BinOp): { first: Expr; firstLimit: Level; links: ChainLink[] } {
  const { level, associativity } = binaryOperator(e.op);
  const sameLevel = (x: Expr): x is BinOp => x.kind === "binop" && binaryOperator(x.op).level === level;
  if (associativity === "left") {
    const links: ChainLink[] = [];
    let left: Expr = e;
    while (sameLevel(left)) {
      links.push({ op: left.op, operand: left.right, limit: rightOperandLimit(left.op) });
      left = left.left;
    }
    return { first: left, firstLimit: leftOperandLimit(e.op), links: links.reverse() };
  }
  if (associativity === "right") {
    const links: ChainLink[] = [];
    let node: BinOp = e;
    while (sameLevel(node.right)) {
      links.push({ op: node.op, operand: node.right.left, limit: leftOperandLimit(node.op) });
      node = node.right;
    }
    links.push({ op: node.op, operand: node.right, limit: rightOperandLimit(node.op) });
    return { first: e.left, firstLimit: leftOperandLimit(e.op), links };
  }
  return { first: e.left, firstLimit: leftOperandLimit(e.op), links: [rightLink(e)] };
}

function rightLink(e: BinOp): ChainLink {
  return { op: e.op, operand: e.right, limit: rightOperandLimit(e.op) };
}

/** `a + b + c` on one line when it fits, else one operand per line with the operator in front (nixfmt). */
export function printBinaryChain(e: BinOp, p: NixPrinter): Doc {
  const { first, firstLimit, links } = flattenChain(e);
  const rest = links.map(({ op, operand, limit }) => {
    const operandDoc = p.operand(operand, limit);
    // A tighter chain breaking inside a bare operand is indented, so that its operators read as nested.
    const nested = operand.kind === "binop" && !needsParentheses(operand, limit);
    return [line, op, " ", nested ? indent(operandDoc) : operandDoc];
  });
  return group([p.operand(first, firstLimit), rest]);
}

/**
 * `-x`, `!x`. The operand of `-` is parenthesised when it is itself a negation or an application (`-(-1)`,
 * `-(f x)`: `--1` and `-f x` read badly); `!` takes applications bare, as in `!lib.isList x`, and is parenthesised
 * around anything looser (`!(a ? b)`, `!(a + b)`), although `!a + b` would parse the same.
 */
export function printUnary(e: UnaryOp, p: NixPrinter): Doc {
  if (e.op === "-") return ["-", p.operand(e.operand, Level.select)];
  const operand =
    e.operand.kind === "unary" && e.operand.op === "!"
      ? p.expr(e.operand)
      : p.operand(e.operand, Level.negate);
  return ["!", operand];
}
