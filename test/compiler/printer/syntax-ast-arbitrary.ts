// fast-check generators of Nix ASTs of every node kind, for layout tests: they must print and parse, not evaluate,
// so free names, any operand types and deep nesting are all fair. Names and strings come in all lengths, so that
// every layout (one line, hugged, expanded) is reached at every width.
import fc from "fast-check";
import type { AttrKey, BinaryOperator, Binding, Expr, Param } from "../../../compiler/src/nix/ast.js";
import * as N from "../../../compiler/src/nix/ast.js";
import { parseNix } from "../../../compiler/src/nix/parse/parser.js";

type Arb = fc.Arbitrary<Expr>;

const OPERATORS: readonly BinaryOperator[] = [
  "++",
  "*",
  "/",
  "+",
  "-",
  "//",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "->",
];

const lazy = (build: () => Arb): Arb => fc.constant(null).chain(build);

/** Identifiers from one letter to long ones, with the characters Nix allows after the first. */
export const identifierName: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom("x", "f", "lib", "pkgs", "cfg", "builtins", "true", "null", "a-b", "x'"),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("v", "w", "_z", "Long"), fc.integer({ min: 1, max: 60 }))
      .map(([stem, n]) => `${stem}${"x".repeat(n)}`),
    weight: 2,
  },
);

/** Attribute names: bare, quoted (dots, spaces, keywords, empty), long. */
const attrName: fc.Arbitrary<string> = fc.oneof(
  identifierName,
  fc.constantFrom("if", "or", "in", "x.y", "with space", "", "${z}", "1st", "é"),
);

const stringUnit = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "a",
      "Z",
      " ",
      "  ",
      "word ",
      "$",
      "${",
      "$$",
      "\\",
      '"',
      "''",
      "\n",
      "\t",
      "#",
    ),
    weight: 6,
  },
  { arbitrary: fc.constantFrom("é", "😀", "日本", "\u0301", "\u00a0", "\u2003", "\u0007", "\r"), weight: 1 },
);
/** Literal text from empty to longer than a line. */
const stringText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: stringUnit, maxLength: 8 }),
  fc.string({ unit: stringUnit, maxLength: 40 }),
  fc.integer({ min: 20, max: 130 }).map((n) => "t".repeat(n)),
  fc.integer({ min: 1, max: 6 }).map((n) => " ".repeat(n)),
);

const floatValue = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0.5, 1e21, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308),
);

const pathText = fc.constantFrom(
  "./hardware-configuration.nix",
  "/etc/nixos",
  "../lib/net.nix",
  "./a_b-c.d/e",
);

/** Raw Nix as users write it (parsed, as the raw-Nix lowering parses it): operators, sets, functions, strings. */
const rawNixText = fc.constantFrom(
  "pkgs.callPackage ./tool.nix { inherit (pkgs) stdenv; version = v; }",
  "a + b",
  "x: x // { y = 1; }",
  "-(./a.nix)",
  "f (-1) [ (-2) x ]",
  "''\n  echo ${x}\n    done\n''",
  "lib.optionalAttrs (c) { a.b = 1; }",
  "{ a, b ? 1, ... }@args: a",
  "let y = 1; in y",
  "with pkgs; [ git ]",
  "if c then a else b",
  "a.b or c",
);

function leaf(): Arb {
  return fc.oneof(
    { arbitrary: identifierName.map(N.ident), weight: 6 },
    { arbitrary: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }).map(N.int), weight: 2 },
    { arbitrary: floatValue.map(N.float), weight: 1 },
    { arbitrary: stringText.map((s) => N.str(s)), weight: 3 },
    { arbitrary: pathText.map(N.path), weight: 1 },
    { arbitrary: fc.constant(N.list([])), weight: 1 },
    { arbitrary: fc.boolean().map((rec) => N.attrs([], rec)), weight: 1 },
    { arbitrary: fc.constantFrom("lib.mkIf", '"plain"', "pkgs.hello").map((t) => N.raw(t)), weight: 1 },
    { arbitrary: rawNixText.map((t) => N.raw(t, [], parseNix(t).expr)), weight: 1 },
  );
}

/** Any expression of at most `depth` levels of nesting. */
export function syntaxExpr(depth: number): Arb {
  if (depth <= 0) return leaf();
  const sub = (): Arb => syntaxExpr(depth - 1);
  const small = fc.integer({ min: 0, max: 4 });
  return fc.oneof(
    { arbitrary: leaf(), weight: 4 },
    { arbitrary: lazy(() => fc.array(sub(), { maxLength: 5 }).map(N.list)), weight: 3 },
    { arbitrary: lazy(() => attrSet(sub)), weight: 4 },
    { arbitrary: lazy(() => selection(sub)), weight: 2 },
    { arbitrary: lazy(() => fc.tuple(sub(), attrPath(sub, 3)).map(([e, p]) => N.hasAttr(e, p))), weight: 1 },
    { arbitrary: lazy(() => fc.tuple(param(sub), sub()).map(([p, body]) => N.lambda(p, body))), weight: 3 },
    {
      arbitrary: lazy(() =>
        fc.tuple(sub(), fc.array(sub(), { minLength: 1, maxLength: 4 })).map(([g, xs]) => N.apply(g, ...xs)),
      ),
      weight: 4,
    },
    {
      arbitrary: lazy(() => fc.tuple(bindings(sub), sub()).map(([bs, body]) => N.letIn(bs, body))),
      weight: 2,
    },
    { arbitrary: lazy(() => fc.tuple(sub(), sub()).map(([s, body]) => N.withScope(s, body))), weight: 1 },
    { arbitrary: lazy(() => fc.tuple(sub(), sub()).map(([c, body]) => N.assertThen(c, body))), weight: 1 },
    { arbitrary: lazy(() => conditional(sub, small)), weight: 2 },
    {
      arbitrary: lazy(() =>
        fc.tuple(fc.constantFrom(...OPERATORS), sub(), sub()).map(([op, l, r]) => N.binop(op, l, r)),
      ),
      weight: 4,
    },
    { arbitrary: lazy(() => operatorChain(sub)), weight: 1 },
    {
      arbitrary: lazy(() =>
        fc.tuple(fc.constantFrom("-", "!" as const), sub()).map(([op, e]) => N.unary(op, e)),
      ),
      weight: 1,
    },
    { arbitrary: lazy(() => interpolated(sub)), weight: 2 },
  );
}

function attrKey(sub: () => Arb): fc.Arbitrary<AttrKey> {
  return fc.oneof(
    { arbitrary: attrName.map(N.staticKey), weight: 6 },
    { arbitrary: sub().map(N.dynamicKey), weight: 1 },
    { arbitrary: fc.tuple(stringText, sub()).map(([t, e]) => N.dynamicKey(N.str(t, e))), weight: 1 },
  );
}

const attrPath = (sub: () => Arb, max: number): fc.Arbitrary<AttrKey[]> =>
  fc.array(attrKey(sub), { minLength: 1, maxLength: max });

function bindings(sub: () => Arb): fc.Arbitrary<Binding[]> {
  const binding: fc.Arbitrary<Binding> = fc.oneof(
    { arbitrary: fc.tuple(attrPath(sub, 6), sub()).map(([p, v]) => N.bind(p, v)), weight: 5 },
    {
      arbitrary: fc
        .tuple(fc.array(attrName, { maxLength: 6 }), fc.option(sub(), { nil: undefined }))
        .map(([names, from]) => N.inherit(names, from)),
      weight: 1,
    },
  );
  return fc.array(binding, { minLength: 1, maxLength: 4 });
}

function attrSet(sub: () => Arb): Arb {
  return fc.tuple(bindings(sub), fc.boolean()).map(([bs, rec]) => N.attrs(bs, rec));
}

function selection(sub: () => Arb): Arb {
  return fc
    .tuple(sub(), attrPath(sub, 3), fc.option(sub(), { nil: undefined }))
    .map(([e, p, fallback]) => N.select(e, p, fallback));
}

function param(sub: () => Arb): fc.Arbitrary<Param> {
  const field = fc
    .tuple(identifierName, fc.option(sub(), { nil: undefined, freq: 3 }))
    .map(([n, d]) => N.field(n, d));
  return fc.oneof(
    { arbitrary: identifierName.map(N.identParam), weight: 3 },
    {
      arbitrary: fc
        .tuple(
          fc.uniqueArray(field, { maxLength: 4, selector: (f) => f.name }),
          fc.boolean(),
          fc.option(identifierName, { nil: undefined }),
        )
        .map(([fields, ellipsis, bind]) =>
          N.patternParam(fields, bind === undefined ? { ellipsis } : { ellipsis, bind }),
        ),
      weight: 2,
    },
  );
}

/** `if` with `else if` chains of up to `branches` more conditions. */
function conditional(sub: () => Arb, branches: fc.Arbitrary<number>): Arb {
  return branches.chain((n) =>
    fc
      .tuple(fc.array(fc.tuple(sub(), sub()), { minLength: n + 1, maxLength: n + 1 }), sub())
      .map(([arms, last]) => arms.reduceRight<Expr>((e, [c, t]) => N.ifThenElse(c, t, e), last)),
  );
}

/** Long chains of one or two operators, both ways round. */
function operatorChain(sub: () => Arb): Arb {
  return fc
    .tuple(
      fc.constantFrom<BinaryOperator[]>(["+", "-"], ["//"], ["++"], ["&&", "||"], ["*", "/"], ["->"]),
      fc.array(sub(), { minLength: 2, maxLength: 8 }),
      fc.boolean(),
    )
    .chain(([ops, operands, leftNested]) =>
      fc
        .array(fc.constantFrom(...ops), { minLength: operands.length - 1, maxLength: operands.length - 1 })
        .map((chosen) =>
          leftNested
            ? operands.reduce((acc, e, i) => N.binop(chosen[i - 1]!, acc, e))
            : operands.reduceRight((acc, e, i) => N.binop(chosen[i]!, e, acc)),
        ),
    );
}

function interpolated(sub: () => Arb): Arb {
  return fc
    .array(fc.oneof(stringText, sub()), { minLength: 1, maxLength: 4 })
    .map((parts) => N.str(...parts));
}

/** A whole generated file: sometimes a module-like function of a pattern returning a set. */
export function syntaxFile(depth: number): Arb {
  return fc.oneof(
    { arbitrary: syntaxExpr(depth), weight: 3 },
    {
      arbitrary: fc
        .tuple(
          param(() => syntaxExpr(1)),
          attrSet(() => syntaxExpr(depth - 1)),
        )
        .map(([p, body]) => N.lambda(p, body)),
      weight: 1,
    },
  );
}
