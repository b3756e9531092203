// Layout of conditionals, lambdas, applications, operators, `with`, `assert`, strings and raw text (nixfmt).
import {
  apply,
  assertThen,
  attrs,
  bind,
  binop,
  field,
  ident,
  ifThenElse,
  int,
  keys,
  lambda,
  letIn,
  list,
  patternParam,
  raw,
  select,
  str,
  withScope,
} from "../../../compiler/src/nix/ast.js";
import {
  a,
  b,
  c,
  f,
  x,
  y,
  lib,
  pkgs,
  long,
  lines,
  describeLayout,
  type LayoutCase,
} from "./layout-support.js";

describeLayout("layout: expressions", [
  ["if fits", ifThenElse(c, int(1), int(2)), lines("if c then 1 else 2")],
  [
    "if breaks",
    ifThenElse(binop("==", long(40, "c"), long(30, "d")), long(20, "t"), long(20, "e")),
    lines(
      `if ${"c".repeat(40)} == ${"d".repeat(30)} then`,
      `  ${"t".repeat(20)}`,
      "else",
      `  ${"e".repeat(20)}`,
    ),
  ],
  [
    "else-if chain",
    ifThenElse(binop("<", a, b), long(50, "x"), ifThenElse(binop(">", a, b), long(50, "y"), int(0))),
    lines("if a < b then", `  ${"x".repeat(50)}`, "else if a > b then", `  ${"y".repeat(50)}`, "else", "  0"),
  ],
  [
    "if with a long condition",
    ifThenElse(binop("&&", long(60, "p"), long(60, "q")), int(1), int(2)),
    lines("if", `  ${"p".repeat(60)}`, `  && ${"q".repeat(60)}`, "then", "  1", "else", "  2"),
  ],
  [
    "if branch is a set",
    ifThenElse(c, attrs([bind("a", int(1)), bind("b", int(2))]), attrs([])),
    lines("if c then", "  {", "    a = 1;", "    b = 2;", "  }", "else", "  { }"),
  ],
  [
    "if as a binding value",
    attrs([bind("a", ifThenElse(c, long(41, "t"), long(41, "e")))]),
    lines("{", "  a =", `    if c then ${"t".repeat(41)} else ${"e".repeat(41)};`, "}"),
  ],
  ["lambda", lambda("x", x), lines("x: x")],
  ["curried lambda", lambda("x", lambda("y", binop("+", x, y))), lines("x: y: x + y")],
  [
    "lambda body breaks",
    lambda("x", apply(f, long(48), long(48))),
    lines("x:", `f ${"v".repeat(48)} ${"v".repeat(48)}`),
  ],
  [
    "lambda hugs a set body",
    lambda("x", attrs([bind("a", x), bind("b", int(2))])),
    lines("x: {", "  a = x;", "  b = 2;", "}"),
  ],
  ["lambda hugs a list body", lambda("x", list([x, x])), lines("x: [", "  x", "  x", "]")],
  [
    "lambda with a let body",
    lambda("x", letIn([bind("y", x)], y)),
    lines("x:", "let", "  y = x;", "in", "y"),
  ],
  ["small pattern", lambda(patternParam([field("a"), field("b")]), a), lines("{ a, b, ... }: a")],
  ["pattern without ellipsis", lambda(patternParam([field("a")], { ellipsis: false }), a), lines("{ a }: a")],
  ["empty pattern", lambda(patternParam([], { ellipsis: false }), a), lines("{ }: a")],
  ["only ellipsis", lambda(patternParam([]), a), lines("{ ... }: a")],
  ["pattern with @", lambda(patternParam([field("a")], { bind: "args" }), a), lines("args@{ a, ... }: a")],
  [
    "module pattern of three names",
    lambda(
      patternParam([field("config"), field("lib"), field("pkgs")]),
      attrs([bind(keys("a", "b"), int(1)), bind("c", int(2))]),
    ),
    lines("{", "  config,", "  lib,", "  pkgs,", "  ...", "}:", "{", "  a.b = 1;", "  c = 2;", "}"),
  ],
  [
    "pattern with a default",
    lambda(patternParam([field("a", int(1))], { ellipsis: false }), a),
    lines("{", "  a ? 1,", "}:", "a"),
  ],
  [
    "pattern default is a set",
    lambda(patternParam([field("a", attrs([bind("x", int(1)), bind("y", int(2))])), field("b")]), a),
    lines("{", "  a ? {", "    x = 1;", "    y = 2;", "  },", "  b,", "  ...", "}:", "a"),
  ],
  [
    "lambda after a multi-line pattern",
    lambda(patternParam([field("a"), field("b"), field("c")]), lambda("x", attrs([bind("y", x)]))),
    lines("{", "  a,", "  b,", "  c,", "  ...", "}:", "x: { y = x; }"),
  ],
  [
    "lambda as a binding value hugs",
    attrs([bind("f", lambda("x", attrs([bind("a", x)])))]),
    lines("{ f = x: { a = x; }; }"),
  ],
  [
    "lambda value that does not fit",
    attrs([bind("f", lambda("x", apply(f, long(52), long(39)))), bind("g", int(1))]),
    lines("{", "  f =", `    x: f ${"v".repeat(52)} ${"v".repeat(39)};`, "  g = 1;", "}"),
  ],
  ["application fits", apply(f, a, b), lines("f a b")],
  [
    "application hugs its last set argument",
    apply(select(lib, "mkIf"), c, attrs([bind("a", int(1)), bind("b", int(2))])),
    lines("lib.mkIf c {", "  a = 1;", "  b = 2;", "}"),
  ],
  [
    "application hugs its last list argument",
    apply(f, list([int(1), int(2)])),
    lines("f [", "  1", "  2", "]"),
  ],
  [
    "application opens a one-binding set when too long",
    apply(f, long(40), attrs([bind("a", long(60))])),
    lines(`f ${"v".repeat(40)} {`, `  a = ${"v".repeat(60)};`, "}"),
  ],
  [
    "simple application stays on one line",
    apply(f, long(60, "a"), long(60, "b")),
    lines(`f ${"a".repeat(60)} ${"b".repeat(60)}`),
  ],
  [
    "application fills the first line, then one argument per line",
    apply(f, long(40, "a"), long(40, "b"), long(40, "c")),
    lines(`f ${"a".repeat(40)} ${"b".repeat(40)}`, `  ${"c".repeat(40)}`),
  ],
  [
    "application hugs a parenthesised last argument",
    apply(f, a, apply(ident("g"), long(47), long(45))),
    lines("f a (", `  g ${"v".repeat(47)} ${"v".repeat(45)}`, ")"),
  ],
  [
    "application hugs a lambda returning a set",
    apply(
      select(ident("builtins"), "mapAttrs"),
      lambda("n", lambda("v", attrs([bind("a", ident("n")), bind("b", ident("v"))]))),
      x,
    ),
    lines("builtins.mapAttrs (n: v: {", "  a = n;", "  b = v;", "}) x"),
  ],
  [
    "application as a binding value",
    attrs([bind("a", apply(f, long(31), long(31), long(31))), bind("b", int(1))]),
    lines(
      "{",
      "  a =",
      `    f ${"v".repeat(31)} ${"v".repeat(31)}`,
      `      ${"v".repeat(31)};`,
      "  b = 1;",
      "}",
    ),
  ],
  [
    "application as a binding value hugs",
    attrs([bind("a", apply(f, x, attrs([bind("y", int(1)), bind("z", int(2))])))]),
    lines("{", "  a = f x {", "    y = 1;", "    z = 2;", "  };", "}"),
  ],
  [
    "parenthesised application in a list",
    list([apply(f, long(33, "a"), long(33, "b"), long(33, "c")), x]),
    lines("[", `  (f ${"a".repeat(33)} ${"b".repeat(33)}`, `    ${"c".repeat(33)}`, "  )", "  x", "]"),
  ],
  [
    "multi-line application argument opens its parentheses",
    apply(f, apply(ident("g"), x, attrs([bind("p", int(1)), bind("q", int(2))]))),
    lines("f (", "  g x {", "    p = 1;", "    q = 2;", "  }", ")"),
  ],
  [
    "multi-line application in a list hugs its parentheses",
    list([apply(f, a, attrs([bind("p", int(1)), bind("q", int(2))]))]),
    lines("[", "  (f a {", "    p = 1;", "    q = 2;", "  })", "]"),
  ],
  [
    "lambda argument with a let body",
    apply(f, lambda("x", letIn([bind("y", x)], y)), b),
    lines("f (", "  x:", "  let", "    y = x;", "  in", "  y", ") b"),
  ],
  [
    "application with a multi-line middle argument",
    apply(
      select(ident("builtins"), "foldl'"),
      lambda("acc", binop("+", ident("acc"), x)),
      attrs([bind("p", int(1)), bind("q", int(2))]),
      list([a, b]),
    ),
    lines(
      "builtins.foldl' (acc: acc + x)",
      "  {",
      "    p = 1;",
      "    q = 2;",
      "  }",
      "  [",
      "    a",
      "    b",
      "  ]",
    ),
  ],
  [
    "operator chain breaks before operators",
    binop("||", binop("||", long(40, "a"), long(40, "b")), long(40, "c")),
    lines("a".repeat(40), `|| ${"b".repeat(40)}`, `|| ${"c".repeat(40)}`),
  ],
  [
    "nested chain starts on its own line, indented",
    binop("+", long(50, "a"), binop("*", long(50, "b"), long(50, "c"))),
    lines("a".repeat(50), "+", `  ${"b".repeat(50)}`, `  * ${"c".repeat(50)}`),
  ],
  [
    "update chain as a binding value",
    attrs([bind("a", binop("//", attrs([bind("x", int(1)), bind("y", int(2))]), b))]),
    lines("{", "  a = {", "    x = 1;", "    y = 2;", "  }", "  // b;", "}"),
  ],
  [
    "parenthesised if operand",
    binop("+", int(1), ifThenElse(c, long(41, "t"), long(41, "e"))),
    lines("1", "+ (", `  if c then ${"t".repeat(41)} else ${"e".repeat(41)}`, ")"),
  ],
  ["with fits", withScope(lib, select(x, "y")), lines("with lib; x.y")],
  ["with before a list", withScope(pkgs, list([a, b])), lines("with pkgs;", "[", "  a", "  b", "]")],
  [
    "with as a binding value hugs",
    attrs([bind("p", withScope(pkgs, list([a, b])))]),
    lines("{", "  p = with pkgs; [", "    a", "    b", "  ];", "}"),
  ],
  [
    "update with a set as a binding value",
    attrs([bind("a", binop("//", x, attrs([bind("p", int(1)), bind("q", int(2))])))]),
    lines("{", "  a = x // {", "    p = 1;", "    q = 2;", "  };", "}"),
  ],
  [
    "pattern in the middle of a curried lambda",
    lambda(
      "a",
      lambda(patternParam([field("b"), field("c"), field("d")]), lambda("e", attrs([bind("p", int(1))]))),
    ),
    lines("a:", "{", "  b,", "  c,", "  d,", "  ...", "}:", "e: { p = 1; }"),
  ],
  [
    "multi-line interpolation",
    str("x", letIn([bind("q", int(1))], ident("q")), "y"),
    lines('"x${', "  let", "    q = 1;", "  in", "  q", '}y"'),
  ],
  ["assert", assertThen(c, a), lines("assert c;", "a")],
  [
    "string interpolation breaks inside ${ }",
    str("x".repeat(80), apply(f, long(30), long(30), long(30))),
    lines(`"${"x".repeat(80)}\${`, `  f ${"v".repeat(30)} ${"v".repeat(30)} ${"v".repeat(30)}`, '}"'),
  ],
  [
    "simple interpolation stays on one line",
    str("x".repeat(80), apply(f, long(30), long(30))),
    lines(`"${"x".repeat(80)}\${f ${"v".repeat(30)} ${"v".repeat(30)}}"`),
  ],
] satisfies LayoutCase[]);

// Raw Nix is the user's text, kept as written: nixfmt would reformat it, so these are not nixfmt's layouts.
describeLayout(
  "layout: raw text",
  [
    [
      "multi-line raw text stays verbatim",
      list([raw("let\n  q = 1;\nin q"), x]),
      lines("[", "  (let", "  q = 1;", "in q)", "  x", "]"),
    ],
    ["raw text with a comment", raw("f x # why"), lines("(f x # why", ")")],
  ],
  { nixfmt: false },
);
