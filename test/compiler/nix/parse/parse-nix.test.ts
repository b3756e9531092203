// The Nix parser: the tree it builds for each construct (precedence, associativity, lexing corners), the values of
// strings it reads as Nix 2.8 reads them (checked with nix-instantiate), and errors at the right offset.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../../compiler/src/nix/ast.js";
import * as N from "../../../../compiler/src/nix/ast.js";
import { NixSyntaxError } from "../../../../compiler/src/nix/parse/lexer.js";
import { parseNix } from "../../../../compiler/src/nix/parse/parser.js";
import { printNixExpression } from "../../../../compiler/src/printer/print-nix.js";
import { evalManyJson } from "../../../support/nix.js";

const [a, b, c, f, x] = ["a", "b", "c", "f", "x"].map(N.ident) as [Expr, Expr, Expr, Expr, Expr];
const parse = (text: string): Expr => parseNix(text).expr;

const trees: [string, Expr][] = [
  ["a + b * c", N.binop("+", a, N.binop("*", b, c))],
  ["a - b - c", N.binop("-", N.binop("-", a, b), c)],
  ["a ++ b ++ c", N.binop("++", a, N.binop("++", b, c))],
  ["a // b // c", N.binop("//", a, N.binop("//", b, c))],
  ["a -> b -> c", N.binop("->", a, N.binop("->", b, c))],
  ["a && b || c", N.binop("||", N.binop("&&", a, b), c)],
  ["a < b == c", N.binop("==", N.binop("<", a, b), c)],
  ["-f x", N.unary("-", N.apply(f, x))],
  ["-a.b", N.unary("-", N.select(a, "b"))],
  ["- -x", N.unary("-", N.unary("-", x))],
  ["-(-1)", N.unary("-", N.int(-1))],
  ["-a ? b", N.hasAttr(N.unary("-", a), "b")],
  ["!a ? b", N.unary("!", N.hasAttr(a, "b"))],
  ["!a + b", N.unary("!", N.binop("+", a, b))],
  ["!a // b", N.binop("//", N.unary("!", a), b)],
  ["!!a", N.unary("!", N.unary("!", a))],
  ["-a ++ b", N.binop("++", N.unary("-", a), b)],
  ["a ? b.c ++ x", N.binop("++", N.hasAttr(a, N.keys("b", "c")), x)],
  ["f a -1", N.binop("-", N.apply(f, a), N.int(1))],
  ["f (-1) [ (-1) x ]", N.apply(f, N.int(-1), N.list([N.int(-1), x]))],
  ["a-b", N.ident("a-b")],
  ["-./a.nix", N.path("-./a.nix")],
  ["-(./a.nix)", N.unary("-", N.path("./a.nix"))],
  ["2/3", N.path("2/3")],
  ["2 / 3", N.binop("/", N.int(2), N.int(3))],
  ["a.b.c or f x", N.apply(N.select(a, N.keys("b", "c"), f), x)],
  ['a.${b}."c${x}".or', N.select(a, [N.dynamicKey(b), N.dynamicKey(N.str("c", x)), N.staticKey("or")])],
  ['a.${"b"}', N.select(a, "b")],
  ["f or", N.apply(f, N.ident("or"))],
  ["<nixpkgs>", N.path("<nixpkgs>")],
  ["~/a/b", N.path("~/a/b")],
  ["../a", N.path("../a")],
  ["/etc/nixos", N.path("/etc/nixos")],
  ["./a/${x}.nix", N.path("./a/${x}.nix")],
  ["https://example.org/a?b=1", N.str("https://example.org/a?b=1")],
  ["1.5e3", N.float(1500)],
  [".5", N.float(0.5)],
  ["1.", N.float(1)],
  ["x: y: x", N.lambda("x", N.lambda("y", x))],
  [
    "{ a, b ? 1, ... }@args: a",
    N.lambda(N.patternParam([N.field("a"), N.field("b", N.int(1))], { ellipsis: true, bind: "args" }), a),
  ],
  ["args@{ a }: a", N.lambda(N.patternParam([N.field("a")], { ellipsis: false, bind: "args" }), a)],
  ["{ }: 1", N.lambda(N.patternParam([], { ellipsis: false }), N.int(1))],
  ["{ }", N.attrs([])],
  [
    'rec { a.b = 1; inherit x; inherit (f) "c d" a; ${x} = 2; }',
    N.attrs(
      [
        N.bind(N.keys("a", "b"), N.int(1)),
        N.inherit(["x"]),
        N.inherit(["c d", "a"], f),
        N.bind([N.dynamicKey(x)], N.int(2)),
      ],
      true,
    ),
  ],
  ["let a = 1; in a", N.letIn([N.bind("a", N.int(1))], a)],
  ["with a; assert b; if c then x else f", N.withScope(a, N.assertThen(b, N.ifThenElse(c, x, f)))],
  ['"a\\n\\t\\"\\$\\${x}${x}"', N.str('a\n\t"$${x}', x)],
  ['"$${x}"', N.str("$${x}")],
  ["''\n  a\n    b ''${x} '''\n  ''", N.str("a\n  b ${x} ''\n")],
  ["''${x}''", N.str(x)],
];

describe("parsing Nix", () => {
  it.each(trees)("%s", (text, tree) => {
    expect(parse(text)).toEqual(tree);
  });

  it("notices comments", () => {
    expect(parseNix("a # note").hasComments).toBe(true);
    expect(parseNix("/* note */ a").hasComments).toBe(true);
    expect(parseNix('"# not a comment"').hasComments).toBe(false);
  });

  const errors: [string, number][] = [
    ["a +", 3],
    ["{ a = 1 }", 8],
    ["a == b == c", 7],
    ["a ? b ? c", 6],
    ['"open', 0],
    ["let { a = 1; }", 4],
    ["f )", 2],
    ["99999999999999999999", 0],
    ["{ inherit ${a}; }", 10],
  ];
  it.each(errors)("refuses %s at offset %d", (text, offset) => {
    try {
      parseNix(text);
      expect.unreachable(`parsed ${text}`);
    } catch (error) {
      expect(error).toBeInstanceOf(NixSyntaxError);
      expect((error as NixSyntaxError).offset).toBe(offset);
    }
  });
});

// Closed expressions whose values Nix computes from the text: parsed and printed again, they must keep their value.
const values: readonly string[] = [
  '"a\\nb\\tc\\\\d\\"e\\$f\\${g}$${h}$"',
  "''\n    indented\n      more\n    ''",
  "''\n  a ''${b} '''c''' ''\\n ''\\t $$ $'' ",
  "''  leading\n  x\n''",
  "''\n\n  blank lines\n\n    kept\n  ''",
  "''\n  ${\"x\"}\n    y\n''",
  "''\n    a\n  ${toString 1}\n  ''",
  "''a''",
  "''\n  trailing spaces   \n  ''",
  "''\n  $\n  a$''",
  "[ (1 - -1) (-(-2)) (- 3 * 2) (2 - 3 - 4) (8 / 2 / 2) (-1.5) 1.0e2 0.5e-1 ]",
  "[ (!true || true) (!(true || true)) (true -> false -> false) (1 < 2 == true) ]",
  '{ a = { b = 1; }; c = "x"; }.a.b or 2',
  '({ a = 1; } ? a) && !({ } ? "b")',
  "let f = { a, b ? a + 1, ... }@args: a + b + builtins.length (builtins.attrNames args); in f { a = 1; c = 2; }",
  "let x = rec { a = 1; b = a + 1; }; in with x; [ a b ]",
  "[ ([ 1 ] ++ [ 2 ] ++ [ 3 ]) ({ a = 1; } // { b = 2; } // { a = 3; }) ]",
  'let k = "d"; in { ${k} = 1; "e${k}" = 2; inherit (builtins) length; }.ed',
  "assert true; if false then 1 else if true then 2 else 3",
  "builtins.typeOf https://example.org/x",
  "builtins.typeOf ./a",
];

describe("values survive parsing and printing", () => {
  it("evaluates every expression to the same JSON as its reprint", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-parse-values-"));
    try {
      const printed = values.map((text) => printNixExpression(parse(text)));
      const before = evalManyJson(values, dir);
      const after = evalManyJson(printed, dir);
      values.forEach((text, i) => {
        expect(before[i]!.ok, `${text}: ${JSON.stringify(before[i])}`).toBe(true);
        expect({ text, printed: printed[i], value: after[i] }).toEqual({
          text,
          printed: printed[i],
          value: before[i],
        });
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
