// Parenthesisation decided from the Nix precedence table: AST in, exact text out, and every text parses in Nix.
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../compiler/src/nix/ast.js";
import {
  apply,
  assertThen,
  attrs,
  bind,
  binop,
  float,
  hasAttr,
  ident,
  ifThenElse,
  int,
  lambda,
  letIn,
  list,
  not,
  path,
  raw,
  select,
  str,
  unary,
  withScope,
} from "../../../compiler/src/nix/ast.js";
import { parseNix } from "../../../compiler/src/nix/parse/parser.js";
import { printNixExpression } from "../../../compiler/src/printer/print-nix.js";
import { expectAllParse } from "./nix-check.js";

const [a, b, c, d, f, g, x] = ["a", "b", "c", "d", "f", "g", "x"].map(ident) as [
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
];
/** Raw Nix as the raw-Nix lowering builds it: parsed, so printed like compiled code. */
const parsedRaw = (text: string): Expr => raw(text, [], parseNix(text).expr);
const printed: string[] = [];
const print = (e: Expr): string => {
  const text = printNixExpression(e);
  printed.push(text);
  return text;
};

const cases: [string, Expr, string][] = [
  // `!` binds looser than `+`: `!a + b` is `!(a + b)`.
  ["not as left operand of +", binop("+", not(a), b), "(!a) + b"],
  ["not around a sum", not(binop("+", a, b)), "!(a + b)"],
  ["not as right operand of +", binop("+", a, not(b)), "a + (!b)"],
  ["not under &&", binop("&&", not(a), not(b)), "!a && !b"],
  ["not under ==", binop("==", not(a), b), "!a == b"],
  ["not of hasAttr", not(hasAttr(a, "b")), "!(a ? b)"],
  ["not of application", not(apply(f, x)), "!f x"],
  ["double not", not(not(a)), "!!a"],
  ["not of negation", not(unary("-", a)), "!-a"],
  ["hasAttr of not", hasAttr(not(a), "b"), "(!a) ? b"],
  ["hasAttr of negation", hasAttr(unary("-", a), "b"), "-a ? b"],
  ["hasAttr nested (non-associative)", hasAttr(hasAttr(a, "b"), "c"), "(a ? b) ? c"],
  ["hasAttr inside ++", binop("++", hasAttr(a, "b"), c), "a ? b ++ c"],
  ["negative literal", int(-1), "-1"],
  ["negative float", float(-0.5), "-0.5"],
  ["minus of a negative", binop("-", a, int(-1)), "a - -1"],
  ["negation of negation", unary("-", int(-1)), "-(-1)"],
  ["negation of application", unary("-", apply(f, x)), "-(f x)"],
  ["negation of selection", unary("-", select(a, "b")), "-a.b"],
  ["negation of select-or", unary("-", select(a, "b", c)), "-(a.b or c)"],
  ["negation in a product", binop("*", unary("-", a), b), "-a * b"],
  ["negative argument", apply(f, int(-1)), "f (-1)"],
  ["application argument", apply(f, apply(g, x)), "f (g x)"],
  ["curried application", apply(f, a, b, c), "f a b c"],
  ["selection argument", apply(f, select(a, "b")), "f a.b"],
  ["select-or argument", apply(f, select(a, "b", c)), "f (a.b or c)"],
  ["select-or as function", apply(select(a, "b", f), x), "(a.b or f) x"],
  ["lambda as function", apply(lambda("x", x), int(1)), "(x: x) 1"],
  ["lambda as argument", apply(f, lambda("x", binop("+", x, int(1)))), "f (x: x + 1)"],
  ["list elements", list([int(-1)]), "[ (-1) ]"],
  ["application in a list", list([apply(f, x)]), "[ (f x) ]"],
  ["selection in a list", list([select(a, "b")]), "[ a.b ]"],
  ["if as + operand", binop("+", int(1), ifThenElse(c, int(1), int(2))), "1 + (if c then 1 else 2)"],
  ["if as left operand", binop("+", ifThenElse(c, int(1), int(2)), int(1)), "(if c then 1 else 2) + 1"],
  ["lambda as last operand", binop("//", a, lambda("x", x)), "a // (x: x)"],
  ["with as operand", binop("++", withScope(a, b), c), "(with a; b) ++ c"],
  ["if under not", not(ifThenElse(c, a, b)), "!(if c then a else b)"],
  ["left-assoc chain", binop("-", binop("+", a, b), c), "a + b - c"],
  ["left-assoc, right nested", binop("-", a, binop("-", b, c)), "a - (b - c)"],
  ["* inside +", binop("+", a, binop("*", b, c)), "a + b * c"],
  ["+ inside *", binop("*", binop("+", a, b), c), "(a + b) * c"],
  ["right-assoc ++", binop("++", a, binop("++", b, c)), "a ++ b ++ c"],
  ["right-assoc ++, left nested", binop("++", binop("++", a, b), c), "(a ++ b) ++ c"],
  ["right-assoc //", binop("//", a, binop("//", b, c)), "a // b // c"],
  ["right-assoc ->", binop("->", a, binop("->", b, c)), "a -> b -> c"],
  ["-> left nested", binop("->", binop("->", a, b), c), "(a -> b) -> c"],
  ["non-assoc ==", binop("==", binop("==", a, b), c), "(a == b) == c"],
  ["non-assoc == right", binop("==", a, binop("!=", b, c)), "a == (b != c)"],
  ["non-assoc <", binop("<", binop("<", a, b), c), "(a < b) < c"],
  ["< inside ==", binop("==", binop("<", a, b), c), "a < b == c"],
  ["&& inside ||", binop("||", binop("&&", a, b), c), "a && b || c"],
  ["|| inside &&", binop("&&", a, binop("||", b, c)), "a && (b || c)"],
  ["// inside ==", binop("==", binop("//", a, b), c), "a // b == c"],
  ["== inside //", binop("//", a, binop("==", b, c)), "a // (b == c)"],
  ["++ inside *", binop("*", binop("++", a, b), c), "a ++ b * c"],
  ["application in operators", binop("+", apply(f, a), apply(g, b)), "f a + g b"],
  ["select base: int", select(int(1), "a"), "(1).a"],
  ["select base: float", select(float(1.5), "a"), "(1.5).a"],
  ["select base: path", select(path("./a.nix"), "a"), "(./a.nix).a"],
  ["select base: application", select(apply(f, x), "a"), "(f x).a"],
  ["select base: attrset", select(attrs([bind("a", int(1))]), "a"), "{ a = 1; }.a"],
  ["select of select", select(select(a, "b"), "c"), "a.b.c"],
  ["select of select-or", select(select(a, "b", c), "d"), "(a.b or c).d"],
  ["select-or default: application", select(a, "b", apply(f, x)), "a.b or (f x)"],
  ["select-or default: selection", select(a, "b", select(c, "d")), "a.b or c.d"],
  ["select-or default: select-or", select(a, "b", select(c, "d", x)), "a.b or (c.d or x)"],
  ["select-or in +", binop("+", select(a, "b", int(1)), int(2)), "a.b or 1 + 2"],
  ["raw identifier", apply(f, raw("lib")), "f lib"],
  ["raw dotted path", apply(f, raw("lib.mkIf")), "f lib.mkIf"],
  ["raw string", apply(f, raw('"x"')), 'f "x"'],
  ["raw with a keyword segment", raw("a.or"), "(a.or)"],
  ["raw expression, as written", binop("+", raw("a + b"), c), "(a + b) + c"],
  ["raw expression, parsed", binop("+", parsedRaw("a + b"), c), "a + b + c"],
  ["raw sum, parsed, as right operand", binop("+", c, parsedRaw("a + b")), "c + (a + b)"],
  ["raw application, parsed, as argument", apply(f, parsedRaw("g  x")), "f (g x)"],
  ["raw lambda, parsed, applied", apply(parsedRaw("x: x"), int(1)), "(x: x) 1"],
  ["raw negation, parsed, of a path", parsedRaw("-(./a.nix)"), "-(./a.nix)"],
  // Nix reads `-./a` as one path: a negated path keeps its parentheses.
  ["negation of a path", unary("-", path("./a.nix")), "-(./a.nix)"],
  ["negation of an absolute path", unary("-", path("/a")), "-(/a)"],
  ["minus a negated path", binop("-", a, unary("-", path("../b"))), "a - -(../b)"],
  ["not of a negated path", not(unary("-", path("./a"))), "!-(./a)"],
  ["negated path as argument", apply(f, unary("-", path("./a"))), "f (-(./a))"],
  ["negation of a negation", unary("-", unary("-", x)), "-(-x)"],
  ["negation of a path selection", unary("-", select(path("./a"), "b")), "-(./a).b"],
  [
    "negative numbers in a list",
    list([int(-1), float(-2.5), unary("-", x)]),
    "[\n  (-1)\n  (-2.5)\n  (-x)\n]",
  ],
  ["negative numbers as arguments", apply(f, int(-1), float(-0.5)), "f (-1) (-0.5)"],
  [
    "lambda body is never parenthesised",
    lambda("x", letIn([bind("y", x)], binop("+", x, x))),
    "x:\nlet\n  y = x;\nin\nx + x",
  ],
  ["assert condition", assertThen(binop("==", a, b), c), "assert a == b;\nc"],
  ["if in if condition", ifThenElse(ifThenElse(a, b, c), d, x), "if if a then b else c then d else x"],
  ["string interpolation", str("a", ifThenElse(c, str("x"), str("y"))), '"a${if c then "x" else "y"}"'],
];

describe("parenthesisation", () => {
  it.each(cases)("%s", (_name, expr, expected) => {
    expect(print(expr)).toBe(expected);
  });
  it("prints only texts that nix-instantiate parses", () => expectAllParse(printed));
});
