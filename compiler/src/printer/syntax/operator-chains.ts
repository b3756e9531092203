// Binary operator chains: which operands the precedence table parenthesises, and how nixfmt's grammar groups the
// operators of one level when it reads the chain back.
import type { BinaryOperator, BinOp, Expr } from "../../nix/ast.js";
import { binaryOperator, leftOperandLimit, type Level, rightOperandLimit } from "../precedence.js";
import type { Expression } from "./syntax.js";

export interface ChainLink {
  readonly op: BinaryOperator;
  readonly operand: Expr;
  readonly limit: Level;
}

/**
 * Operators of one precedence level, in source order: `a + b - c` is one chain (left-associative), `a ++ b ++ c`
 * too (right-associative); non-associative operators never chain. Iterative: generated chains can be far deeper
 * than the call stack.
 */
export function flattenChain(e: BinOp): { first: Expr; firstLimit: Level; links: ChainLink[] } {
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
  const links: ChainLink[] = [];
  let node: BinOp = e;
  if (associativity === "right") {
    while (sameLevel(node.right)) {
      links.push({ op: node.op, operand: node.right.left, limit: leftOperandLimit(node.op) });
      node = node.right;
    }
  }
  links.push({ op: node.op, operand: node.right, limit: rightOperandLimit(node.op) });
  return { first: e.left, firstLimit: leftOperandLimit(e.op), links };
}

/** True when the printer of `parent` prints `child` as part of its own chain. */
export function isChainedInto(parent: Expr, child: Expr): boolean {
  if (parent.kind !== "binop" || child.kind !== "binop") return false;
  const { level, associativity } = binaryOperator(parent.op);
  if (binaryOperator(child.op).level !== level) return false;
  return associativity === "left"
    ? child === parent.left
    : associativity === "right" && child === parent.right;
}

/** nixfmt's grammar (Types.hs `operators`): `->` groups to the left there, though Nix groups it to the right. */
const NIXFMT_RIGHT_ASSOCIATIVE: ReadonlySet<string> = new Set(["++", "//"]);

/**
 * The operation tree nixfmt parses from `operands[0] ops[0] operands[1] …` (one precedence level). `+` gets nixfmt's
 * regrouping (Parser.hs `mkOp`), which moves the right operand of a `+` directly to the left into a new `+`.
 */
export function nixfmtOperation(operands: readonly Expression[], ops: readonly string[]): Expression {
  if (ops.length === 0) return operands[0]!;
  if (NIXFMT_RIGHT_ASSOCIATIVE.has(ops[0]!)) {
    let acc = operands[operands.length - 1]!;
    for (let i = ops.length - 1; i >= 0; i--)
      acc = { kind: "operation", left: operands[i]!, op: ops[i]!, right: acc };
    return acc;
  }
  let acc = operands[0]!;
  ops.forEach((op, i) => {
    const right = operands[i + 1]!;
    acc =
      op === "+" && acc.kind === "operation" && acc.op === "+"
        ? { kind: "operation", left: acc.left, op, right: { kind: "operation", left: acc.right, op, right } }
        : { kind: "operation", left: acc, op, right };
  });
  return acc;
}
