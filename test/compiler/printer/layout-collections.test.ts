// Layout of sets, lists, `let`, bindings and `inherit` (nixfmt / RFC 166 at width 100).
import { attrs, bind, binop, inherit, int, keys, letIn, list, TRUE } from "../../../compiler/src/nix/ast.js";
import { a, b, x, long, lines, describeLayout, type LayoutCase } from "./layout-support.js";

describeLayout("layout: sets, lists, let", [
  ["empty set", attrs([]), lines("{ }")],
  ["empty rec set", attrs([], true), lines("rec { }")],
  ["empty list", list([]), lines("[ ]")],
  ["one-item list", list([int(1)]), lines("[ 1 ]")],
  ["two-item list", list([int(1), int(2)]), lines("[", "  1", "  2", "]")],
  ["one-binding set", attrs([bind("a", int(1))]), lines("{ a = 1; }")],
  ["two-binding set", attrs([bind("a", int(1)), bind("b", int(2))]), lines("{", "  a = 1;", "  b = 2;", "}")],
  ["rec set", attrs([bind("a", int(1)), bind("b", a)], true), lines("rec {", "  a = 1;", "  b = a;", "}")],
  ["one-item list too long", list([long(120)]), lines("[", `  ${"v".repeat(120)}`, "]")],
  [
    "binding value too long moves to the next line",
    attrs([bind("a", long(100))]),
    lines("{", "  a =", `    ${"v".repeat(100)};`, "}"),
  ],
  [
    "a set as a binding value is always expanded",
    attrs([bind("a", attrs([bind("b", int(1))]))]),
    lines("{", "  a = {", "    b = 1;", "  };", "}"),
  ],
  [
    "set value hugs",
    attrs([bind("a", attrs([bind("b", int(1)), bind("c", int(2))])), bind("d", list([int(1), int(2)]))]),
    lines("{", "  a = {", "    b = 1;", "    c = 2;", "  };", "  d = [", "    1", "    2", "  ];", "}"),
  ],
  [
    "attribute paths",
    attrs([
      bind(keys("services", "nginx", "enable"), TRUE),
      bind(keys("a-b", "c.d", "if", "or", ""), int(1)),
    ]),
    lines("{", "  services.nginx.enable = true;", '  a-b."c.d"."if"."or"."" = 1;', "}"),
  ],
  [
    "inherit",
    attrs([inherit(["a", "b"]), inherit(["c"], x)]),
    lines("{", "  inherit a b;", "  inherit (x) c;", "}"),
  ],
  ["inherit quoted name", attrs([inherit(["a b"], x)]), lines('{ inherit (x) "a b"; }')],
  [
    "inherit too long",
    attrs([inherit(["a".repeat(40), "b".repeat(40), "c".repeat(40)], x)]),
    lines(
      "{",
      "  inherit (x)",
      `    ${"a".repeat(40)}`,
      `    ${"b".repeat(40)}`,
      `    ${"c".repeat(40)}`,
      "    ;",
      "}",
    ),
  ],
  [
    "let",
    letIn([bind("a", int(1)), bind("b", int(2))], binop("+", a, b)),
    lines("let", "  a = 1;", "  b = 2;", "in", "a + b"),
  ],
  ["let with one binding", letIn([bind("a", int(1))], a), lines("let", "  a = 1;", "in", "a")],
  ["let without bindings", { kind: "let", bindings: [], body: a }, lines("let", "in", "a")],
  [
    "let as a binding value",
    attrs([bind("a", letIn([bind("x", int(1))], x))]),
    lines("{", "  a =", "    let", "      x = 1;", "    in", "    x;", "}"),
  ],
] satisfies LayoutCase[]);
