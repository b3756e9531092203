// Typed arithmetic terms: integer, float and boolean TypeScript expressions built with a bound on their absolute
// value, so that integers stay exact (< 2^53), nothing divides by zero and no NaN or Infinity appears. Terms may
// refer to numeric variables in scope (callback and function parameters), whose bounds are known.
import fc from "fast-check";
import { type Code, declsOf, hoist, leaf, numberLiteral } from "./code.js";

export type NumKind = "int" | "float";

export interface NumTerm extends Code {
  readonly kind: NumKind;
  /** |value| ≤ bound. */
  readonly bound: number;
}

export type BoolTerm = Code;

export interface NumVar {
  readonly name: string;
  readonly kind: NumKind;
  readonly bound: number;
}

export interface StrVar {
  readonly name: string;
  readonly ascii: boolean;
}

/** What a term may refer to; closed scopes (no variables) may also hoist subterms into top-level consts. */
export interface Scope {
  readonly vars: readonly NumVar[];
  readonly strings?: readonly StrVar[];
}

export const TOP_SCOPE: Scope = { vars: [] };

export const isClosed = (scope: Scope): boolean =>
  scope.vars.length === 0 && (scope.strings ?? []).length === 0;

const INT_LIMIT = 2 ** 53;
const FLOAT_LIMIT = 1e15;
const SMALL_BASE = 9;

const term = (code: string, kind: NumKind, bound: number, ...parts: Code[]): NumTerm => ({
  code,
  kind,
  bound,
  decls: declsOf(...parts),
});

// Literal spellings whose value JS and the checker agree on: hex, binary, octal, separators, exponents.
const INT_SPELLINGS: readonly (readonly [string, number])[] = [
  ["0x1f", 31],
  ["0xFF", 255],
  ["0b101", 5],
  ["0o17", 15],
  ["1_000", 1000],
  ["1e3", 1000],
  ["2E2", 200],
  ["5.0", 5],
  ["0.0", 0],
  ["(-0)", 0],
  ["9007199254740991", 9007199254740991],
  ["(-9007199254740991)", 9007199254740991],
];

const FLOAT_SPELLINGS: readonly (readonly [string, number])[] = [
  ["0.5", 0.5],
  ["0.1", 0.1],
  ["(-0.25)", 0.25],
  ["1.5e3", 1500],
  ["1e-7", 1e-7],
  ["2.5e-3", 0.0025],
  [".75", 0.75],
  ["3.141592653589793", Math.PI],
  ["0.30000000000000004", 0.30000000000000004],
  ["123456.789", 123456.789],
  ["1e21", 1e21],
  ["(-1.7976931348623157e308)", 1.7976931348623157e308],
  ["5e-324", 5e-324],
  ["Math.PI", Math.PI],
  ["Math.E", Math.E],
];

/** Floats near ±2^52 and ±2^53: the last whole and half-way numbers JS and Nix still agree on after rounding. */
const EDGE_FLOATS = [
  "4503599627370495.5",
  "(-4503599627370495.5)",
  "9007199254740991",
  "(-9007199254740991)",
  "9007199254740992",
  "(-9007199254740992)",
];

const intLiteral: fc.Arbitrary<NumTerm> = fc
  .oneof(
    { arbitrary: fc.integer({ min: -20, max: 20 }), weight: 4 },
    { arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), weight: 2 },
    { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 2 },
  )
  .map((n) => literalTerm(numberLiteral(n), "int", Math.abs(n)));

const literalTerm = (code: string, kind: NumKind, bound: number): NumTerm => ({
  ...term(code, kind, bound),
  literal: !code.startsWith("Math."),
});

const intSpelling: fc.Arbitrary<NumTerm> = fc
  .constantFrom(...INT_SPELLINGS)
  .map(([code, bound]) => literalTerm(code, "int", bound));

const floatLiteral: fc.Arbitrary<NumTerm> = fc.oneof(
  fc.constantFrom(...FLOAT_SPELLINGS).map(([code, bound]) => literalTerm(code, "float", bound)),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .filter((x) => !Number.isInteger(x))
    .map((x) => literalTerm(numberLiteral(x), "float", Math.abs(x))),
  fc
    .tuple(fc.integer({ min: -999, max: 999 }), fc.constantFrom(10, 100, 1000, 4, 8))
    .map(([n, d]) => literalTerm(numberLiteral(n / d), "float", Math.abs(n / d))),
);

/** Nonzero integer divisors: literals, odd numbers `2t + 1`, and `|t| + k`. */
function intDivisor(scope: Scope, depth: number): fc.Arbitrary<NumTerm> {
  const small = fc
    .integer({ min: -13, max: 13 })
    .filter((n) => n !== 0)
    .map((n) => term(numberLiteral(n), "int", Math.abs(n)));
  if (depth <= 0) return small;
  const sub = smallInt(scope, depth - 1);
  return fc.oneof(
    { arbitrary: small, weight: 3 },
    sub.map((t) => term(`(2 * ${t.code} + 1)`, "int", 2 * t.bound + 1, t)),
    fc
      .tuple(sub, fc.integer({ min: 1, max: 3 }))
      .map(([t, k]) => term(`(Math.abs(${t.code}) + ${k})`, "int", t.bound + k, t)),
  );
}

/** Divisors whose absolute value is at least 0.1 (so quotients stay bounded). */
function anyDivisor(scope: Scope, depth: number): fc.Arbitrary<NumTerm> {
  return fc.oneof(
    { arbitrary: intDivisor(scope, depth), weight: 3 },
    fc
      .constantFrom(0.5, -0.25, 1.5, -2.5, 0.1, 3.75)
      .map((x) => term(numberLiteral(x), "float", Math.abs(x))),
  );
}
const minDivisor = (d: NumTerm) => (d.kind === "int" ? 1 : 0.1);

/** Integers with a bound of at most 2^16 (safe to multiply together, to use in callbacks). */
export function smallInt(scope: Scope, depth: number): fc.Arbitrary<NumTerm> {
  return intTerm(scope, depth).filter((t) => t.bound <= 2 ** 16);
}

function varsOf(scope: Scope, kind: NumKind): fc.Arbitrary<NumTerm>[] {
  const vars = scope.vars.filter((v) => v.kind === kind);
  return vars.length === 0 ? [] : [fc.constantFrom(...vars).map((v) => term(v.name, v.kind, v.bound))];
}

const memo = new WeakMap<Scope, Map<string, fc.Arbitrary<unknown>>>();

/** One arbitrary per scope and key: recursive generators would otherwise be rebuilt exponentially often. */
export function memoized<T>(scope: Scope, key: string, build: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  let table = memo.get(scope);
  if (!table) memo.set(scope, (table = new Map()));
  let arbitrary = table.get(key) as fc.Arbitrary<T> | undefined;
  if (!arbitrary) {
    arbitrary = build();
    table.set(key, arbitrary);
  }
  return arbitrary;
}

/** An integer-valued term (a Nix int after lowering). */
export function intTerm(scope: Scope, depth: number): fc.Arbitrary<NumTerm> {
  return memoized(scope, `int${depth}`, () => {
    const leaves = fc.oneof(
      { arbitrary: intLiteral, weight: 4 },
      { arbitrary: intSpelling, weight: 1 },
      ...varsOf(scope, "int").map((arbitrary) => ({ arbitrary, weight: 5 })),
    );
    if (depth <= 0) return leaves;
    const sub = intTerm(scope, depth - 1);
    const float = floatTerm(scope, depth - 1).filter((f) => f.bound <= 2 ** 52);
    const compound = fc.oneof(
      fc.tuple(sub, sub, fc.constantFrom("+", "-")).map(([a, b, op]) => sumTerm(a, b, op)),
      fc.tuple(sub, sub).map(([a, b]) => productTerm(a, b)),
      sub.map((a) => ({ ...term(`(-${a.code})`, "int", a.bound, a), literal: a.literal })),
      fc
        .tuple(sub, intDivisor(scope, depth - 1))
        .map(([a, d]) => term(`(${a.code} % ${d.code})`, "int", a.bound, a, d)),
      fc
        .tuple(sub, intDivisor(scope, depth - 1), fc.constantFrom("trunc", "floor", "ceil", "round"))
        .map(([a, d, fn]) => term(`Math.${fn}(${a.code} / ${d.code})`, "int", a.bound + 1, a, d)),
      fc
        .tuple(float, fc.constantFrom("trunc", "floor", "ceil", "round"))
        .map(([f, fn]) => term(`Math.${fn}(${f.code})`, "int", Math.ceil(f.bound) + 1, f)),
      // Rounding at the edge of JS's exact integers, where Nix's int and JS's float still agree (issue 12, 1–2).
      fc
        .tuple(fc.constantFrom(...EDGE_FLOATS), fc.constantFrom("trunc", "floor", "ceil", "round"))
        .map(([f, fn]) => term(`Math.${fn}(${f} / 1)`, "int", INT_LIMIT, leaf(f))),
      fc
        .tuple(
          sub.filter((a) => a.bound <= SMALL_BASE),
          fc.integer({ min: 0, max: 5 }),
        )
        .map(([a, e]) => term(`(${a.code} ** ${e})`, "int", SMALL_BASE ** e, a)),
      sub.map((a) => term(`Math.abs(${a.code})`, "int", a.bound, a)),
      sub.map((a) => term(`Math.sign(${a.code})`, "int", 1, a)),
      fc
        .tuple(fc.constantFrom("min", "max"), fc.array(sub, { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([fn, args, spread]) =>
          term(
            spread
              ? `Math.${fn}(...[${args.map((a) => a.code).join(", ")}])`
              : `Math.${fn}(${args.map((a) => a.code).join(", ")})`,
            "int",
            Math.max(...args.map((a) => a.bound)),
            ...args,
          ),
        ),
      fc.tuple(boolTerm(scope, depth - 1), sub, sub).map(([c, a, b]) => conditional(c, a, b)),
    );
    const options = [
      { arbitrary: leaves, weight: 2 },
      { arbitrary: compound, weight: 5 },
    ];
    if (isClosed(scope)) {
      options.push({
        arbitrary: sub.map((t) => ({ ...hoist("n", t), kind: t.kind, bound: t.bound })),
        weight: 1,
      });
    }
    return fc.oneof(...options);
  });
}

/** A term JS computes as a non-integer in general (a Nix float after lowering). */
export function floatTerm(scope: Scope, depth: number): fc.Arbitrary<NumTerm> {
  return memoized(scope, `float${depth}`, () => {
    const leaves = fc.oneof(floatLiteral, ...varsOf(scope, "float"));
    if (depth <= 0) return leaves;
    const sub = floatTerm(scope, depth - 1);
    const int = intTerm(scope, depth - 1);
    const num = fc.oneof(sub, int);
    const compound = fc.oneof(
      fc.tuple(num, anyDivisor(scope, depth - 1)).map(([a, d]) => {
        const bound = a.bound / minDivisor(d);
        return bound <= FLOAT_LIMIT ? term(`(${a.code} / ${d.code})`, "float", bound, a, d) : a;
      }),
      fc.tuple(sub, num, fc.constantFrom("+", "-")).map(([a, b, op]) => sumTerm(a, b, op)),
      fc.tuple(num, sub, fc.constantFrom("+", "-")).map(([a, b, op]) => sumTerm(a, b, op)),
      fc.tuple(sub, num).map(([a, b]) => productTerm(a, b)),
      sub.map((a) => ({ ...term(`(-${a.code})`, "float", a.bound, a), literal: a.literal })),
      sub.map((a) => term(`Math.abs(${a.code})`, "float", a.bound, a)),
      // `%` of a float holding a whole number (`(a * 4) / 2`, a Nix float): exact through jsRemainder.
      fc
        .tuple(
          int.filter((a) => a.bound <= 2 ** 40),
          intDivisor(scope, depth - 1),
        )
        .map(([a, d]) => term(`(((${a.code} * 4) / 2) % ${d.code})`, "float", a.bound * 2, a, d)),
      fc
        .tuple(fc.constantFrom("min", "max"), sub, num)
        .map(([fn, a, b]) =>
          term(`Math.${fn}(${a.code}, ${b.code})`, "float", Math.max(a.bound, b.bound), a, b),
        ),
      fc.tuple(boolTerm(scope, depth - 1), sub, sub).map(([c, a, b]) => conditional(c, a, b)),
    );
    return fc.oneof({ arbitrary: leaves, weight: 2 }, { arbitrary: compound, weight: 4 });
  });
}

/** A boolean term: comparisons of numbers, `!`, `&&`, `||`, ternaries. */
export function boolTerm(scope: Scope, depth: number): fc.Arbitrary<BoolTerm> {
  return memoized(scope, `bool${depth}`, () => {
    const literal = fc
      .constantFrom("true", "false")
      .map((code): BoolTerm => ({ code, decls: [], literal: true }));
    const numbers = fc.oneof(
      intTerm(scope, Math.max(0, depth - 1)),
      floatTerm(scope, Math.max(0, depth - 1)),
    );
    const comparison = fc
      .tuple(numbers, numbers, fc.constantFrom("<", "<=", ">", ">=", "===", "!=="))
      .map(([a, b, op]): BoolTerm => ({
        code: equalityOrOrdering(a, b, op, isClosed(scope)),
        decls: declsOf(a, b),
      }));
    if (depth <= 0) return fc.oneof(literal, comparison);
    const sub = boolTerm(scope, depth - 1);
    return fc.oneof(
      literal,
      { arbitrary: comparison, weight: 3 },
      sub.map((b): BoolTerm => ({ code: `!${b.code}`, decls: b.decls, literal: b.literal })),
      fc.tuple(sub, sub, fc.constantFrom("&&", "||", "===", "!==")).map(([a, b, op]): BoolTerm => {
        const used = (op === "===" || op === "!==") && a.literal && b.literal ? "&&" : op;
        return {
          code: `(${a.code} ${used} ${b.code})`,
          decls: declsOf(a, b),
          // `false && x` has type `false`, `x || true` type `true`: literal types survive && and ||.
          literal: (used === "&&" || used === "||") && (a.literal === true || b.literal === true),
        };
      }),
      fc.tuple(sub, sub, sub).map(([c, a, b]): BoolTerm => ({
        code: `(${c.code} ? ${a.code} : ${b.code})`,
        decls: declsOf(c, a, b),
        literal: a.literal === true && b.literal === true,
      })),
      numbers.map((a): BoolTerm => ({ code: `Number.isInteger(${a.code})`, decls: a.decls })),
    );
  });
}

function conditional(c: BoolTerm, a: NumTerm, b: NumTerm): NumTerm {
  const kind: NumKind = a.kind === "int" && b.kind === "int" ? "int" : "float";
  return {
    ...term(`(${c.code} ? ${a.code} : ${b.code})`, kind, Math.max(a.bound, b.bound), c, a, b),
    literal: a.literal === true && b.literal === true,
  };
}

/**
 * `a op b` for ===/!== unless TypeScript would reject it: two literal types never overlap (TS2367), and with
 * variables in scope `x === 3` narrows x to `3` for the rest of the branch, where `x === 4` is then rejected.
 * Those become `<=`.
 */
function equalityOrOrdering(a: Code, b: Code, op: string, closed: boolean): string {
  const risky = closed ? a.literal === true && b.literal === true : a.literal === true || b.literal === true;
  const safe = (op === "===" || op === "!==") && risky ? "<=" : op;
  return ordered(a.code, safe, b.code);
}

/**
 * `(a op b)`, but `a < (…> …)` is written `(… > a)`: TypeScript reads `f(x) < (…) > (…)` as a call with type
 * arguments and reports a syntax error (TS1005) where JavaScript sees two comparisons.
 */
export function ordered(a: string, op: string, b: string): string {
  if ((op === "<" || op === "<=") && b.startsWith("(") && b.includes(">")) {
    return `(${b} ${op === "<" ? ">" : ">="} ${a})`;
  }
  return `(${a} ${op} ${b})`;
}

function sumTerm(a: NumTerm, b: NumTerm, op: string): NumTerm {
  const kind: NumKind = a.kind === "int" && b.kind === "int" ? "int" : "float";
  const bound = a.bound + b.bound;
  if (bound > (kind === "int" ? INT_LIMIT : FLOAT_LIMIT)) return a;
  return term(`(${a.code} ${op} ${b.code})`, kind, bound, a, b);
}

function productTerm(a: NumTerm, b: NumTerm): NumTerm {
  const kind: NumKind = a.kind === "int" && b.kind === "int" ? "int" : "float";
  const bound = a.bound * b.bound;
  if (bound > (kind === "int" ? INT_LIMIT : FLOAT_LIMIT)) return sumTerm(a, b, "-");
  return term(`(${a.code} * ${b.code})`, kind, bound, a, b);
}
