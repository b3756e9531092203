// The Nix precedence table (Nix 2.8's parser.y): the only source of the printer's parenthesisation decisions.
import type { BinaryOperator, Expr } from "../nix/ast.js";
import { assertNever } from "../nix/ast.js";
import { NIX_KEYWORDS } from "../nix/names.js";

/**
 * Binding strength, tightest first. A context accepts an unparenthesised child whose level is at most its limit.
 * `apply` also covers `e.a or d`: the grammar allows it wherever an application may stand, but printing it bare as
 * a function, argument or list element (`a.b or c x`) would mislead readers, so those contexts use `select`.
 */
export const Level = {
  atom: 0,
  select: 1,
  apply: 2,
  negate: 3,
  hasAttr: 4,
  concat: 5,
  multiply: 6,
  add: 7,
  not: 8,
  update: 9,
  compare: 10,
  equality: 11,
  and: 12,
  or: 13,
  implication: 14,
  /** `if … then … else …`: an `expr_if`, never an operand. */
  conditional: 15,
  /** lambda, `let`, `with`, `assert`: extend as far right as possible. */
  function: 16,
} as const;
export type Level = (typeof Level)[keyof typeof Level];

export type Associativity = "left" | "right" | "none";

export interface OperatorInfo {
  readonly level: Level;
  readonly associativity: Associativity;
}

const BINARY_OPERATORS: Readonly<Record<BinaryOperator, OperatorInfo>> = {
  "++": { level: Level.concat, associativity: "right" },
  "*": { level: Level.multiply, associativity: "left" },
  "/": { level: Level.multiply, associativity: "left" },
  "+": { level: Level.add, associativity: "left" },
  "-": { level: Level.add, associativity: "left" },
  "//": { level: Level.update, associativity: "right" },
  "<": { level: Level.compare, associativity: "none" },
  "<=": { level: Level.compare, associativity: "none" },
  ">": { level: Level.compare, associativity: "none" },
  ">=": { level: Level.compare, associativity: "none" },
  "==": { level: Level.equality, associativity: "none" },
  "!=": { level: Level.equality, associativity: "none" },
  "&&": { level: Level.and, associativity: "left" },
  "||": { level: Level.or, associativity: "left" },
  "->": { level: Level.implication, associativity: "right" },
};

export function binaryOperator(op: BinaryOperator): OperatorInfo {
  return BINARY_OPERATORS[op];
}

/** The loosest level the left operand of `op` may have without parentheses. */
export function leftOperandLimit(op: BinaryOperator): Level {
  const { level, associativity } = BINARY_OPERATORS[op];
  return associativity === "left" ? level : ((level - 1) as Level);
}

/** The loosest level the right operand of `op` may have without parentheses. */
export function rightOperandLimit(op: BinaryOperator): Level {
  const { level, associativity } = BINARY_OPERATORS[op];
  return associativity === "right" ? level : ((level - 1) as Level);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
// A string without escapes or `$`, so that nothing in it can be misread.
const PLAIN_STRING = /^"[^"\\$\n\r]*"$/;

/**
 * How a raw Nix text may be printed: bare when it is obviously one token (an identifier or a plain string), as a
 * selection when it is a dotted identifier path; anything else is parenthesised by the printer.
 */
export type RawShape = "atom" | "selection" | "other";
export function rawShape(text: string): RawShape {
  if (PLAIN_STRING.test(text)) return "atom";
  const segments = text.split(".");
  if (!segments.every((s) => IDENTIFIER.test(s) && !NIX_KEYWORDS.has(s))) return "other";
  return segments.length === 1 ? "atom" : "selection";
}

/** The level of `expr` as the printer prints it (numbers below zero print with a leading `-`). */
export function levelOf(expr: Expr): Level {
  switch (expr.kind) {
    case "ident":
    case "string":
    case "path":
    case "list":
    case "attrset":
      return Level.atom;
    case "int":
      return expr.value < 0n ? Level.negate : Level.atom;
    case "float":
      return expr.value < 0 || Object.is(expr.value, -0) ? Level.negate : Level.atom;
    case "raw":
      // Non-atomic raw text is parenthesised by its own printer, so it is atomic once printed.
      return rawShape(expr.text) === "selection" ? Level.select : Level.atom;
    case "select":
      return expr.default === undefined ? Level.select : Level.apply;
    case "apply":
      return Level.apply;
    case "hasAttr":
      return Level.hasAttr;
    case "unary":
      return expr.op === "-" ? Level.negate : Level.not;
    case "binop":
      return BINARY_OPERATORS[expr.op].level;
    case "if":
      return Level.conditional;
    case "lambda":
    case "let":
    case "with":
    case "assert":
      return Level.function;
    default:
      return assertNever(expr);
  }
}

/** True when `expr` must be parenthesised in a context that accepts levels up to `limit`. */
export function needsParentheses(expr: Expr, limit: Level): boolean {
  return levelOf(expr) > limit;
}

/** Numbers and paths lex differently when followed by `.` (`1.a` starts a float, `./a.b` is one path). */
export function needsParenthesesAsSelectBase(expr: Expr): boolean {
  return expr.kind === "int" || expr.kind === "float" || expr.kind === "path" || levelOf(expr) > Level.atom;
}
