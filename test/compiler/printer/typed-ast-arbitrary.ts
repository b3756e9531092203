// fast-check generators of well-typed, non-failing Nix ASTs that carry the value they must evaluate to.
import fc from "fast-check";
import type { AttrKey, Binding, Expr } from "../../../compiler/src/nix/ast.js";
import * as N from "../../../compiler/src/nix/ast.js";
import { asObject, type Value, valueEquals } from "./typed-values.js";

export type Ty = "int" | "bool" | "string" | "list" | "attrs";
/** An expression and its value, computed while generating: the reference evaluator for this subset. */
export interface Gen {
  readonly expr: Expr;
  readonly value: Value;
}
interface Var {
  readonly name: string;
  readonly ty: Ty;
  readonly value: Value;
}
type Scope = readonly Var[];
type Arb = fc.Arbitrary<Gen>;

const TYPES: readonly Ty[] = ["int", "bool", "string", "list", "attrs"];
// Attribute names that need quoting, or look like syntax, next to plain ones.
const KEYS = ["a", "b-c", "d'", "if", "or", "x.y", "", "$", "${z}", "in"];
// Keeps every intermediate int far from Nix's 64-bit wrap-around and exact as a JSON double.
const INT_LIMIT = 2n ** 40n;

const lazy = (build: () => Arb): Arb => fc.constant(null).chain(build);
const g = (expr: Expr, value: Value): Gen => ({ expr, value });
const varName = (scope: Scope, offset = 0): string => `v${scope.length + offset}`;

const stringUnit = fc.oneof(
  fc.constantFrom(
    "a",
    "Z",
    " ",
    "$",
    "{",
    "}",
    "${",
    "$$",
    "\\",
    '"',
    "'",
    "''",
    "\n",
    "\t",
    "\r",
    "é",
    "😀",
    "#",
  ),
  fc.string({ unit: "binary", maxLength: 1 }).filter((s) => !s.includes("\0")),
);
const stringText = fc.string({ unit: stringUnit, maxLength: 12 });

export function typedExpr(ty: Ty, depth: number, scope: Scope = []): Arb {
  const leaves = leafArbs(ty, scope);
  if (depth <= 0) return fc.oneof(...leaves);
  const sub = (t: Ty, s: Scope = scope) => typedExpr(t, depth - 1, s);
  return fc.oneof(
    { arbitrary: fc.oneof(...leaves), weight: 1 },
    { arbitrary: fc.oneof(...specificArbs(ty, sub)), weight: 3 },
    { arbitrary: fc.oneof(...genericArbs(ty, scope, sub)), weight: 2 },
  );
}

function leafArbs(ty: Ty, scope: Scope): Arb[] {
  const vars = scope.filter((v) => v.ty === ty);
  const fromScope = vars.length > 0 ? [fc.constantFrom(...vars).map((v) => g(N.ident(v.name), v.value))] : [];
  const literal: Record<Ty, Arb> = {
    int: fc.integer({ min: -30, max: 30 }).map((n) => g(N.int(n), BigInt(n))),
    bool: fc.boolean().map((b) => g(N.bool(b), b)),
    string: stringText.map((s) => g(N.str(s), s)),
    list: fc.constant(g(N.list([]), [])),
    attrs: fc.constant(g(N.attrs([]), {})),
  };
  return [literal[ty], ...fromScope];
}

type Sub = (t: Ty, s?: Scope) => Arb;

function specificArbs(ty: Ty, sub: Sub): Arb[] {
  switch (ty) {
    case "int":
      return intArbs(sub);
    case "bool":
      return boolArbs(sub);
    case "string":
      return [
        lazy(() =>
          fc
            .tuple(sub("string"), sub("string"))
            .map(([l, r]) => g(N.binop("+", l.expr, r.expr), `${l.value}${r.value}`)),
        ),
        lazy(() =>
          fc
            .tuple(stringText, sub("string"), stringText)
            .map(([pre, mid, post]) => g(N.str(pre, mid.expr, post), `${pre}${mid.value}${post}`)),
        ),
        lazy(() => sub("int").map((i) => g(N.apply(N.ident("toString"), i.expr), String(i.value)))),
      ];
    case "list":
      return [
        lazy(() =>
          fc.array(sub("int"), { maxLength: 4 }).map((xs) =>
            g(
              N.list(xs.map((x) => x.expr)),
              xs.map((x) => x.value),
            ),
          ),
        ),
        lazy(() =>
          fc
            .tuple(sub("list"), sub("list"))
            .map(([l, r]) =>
              g(N.binop("++", l.expr, r.expr), [...(l.value as Value[]), ...(r.value as Value[])]),
            ),
        ),
      ];
    case "attrs":
      return [
        attrsLiteral(sub),
        lazy(() =>
          fc
            .tuple(sub("attrs"), sub("attrs"))
            .map(([l, r]) =>
              g(N.binop("//", l.expr, r.expr), { ...asObject(l.value), ...asObject(r.value) }),
            ),
        ),
      ];
  }
}

function intArbs(sub: Sub): Arb[] {
  const arith = lazy(() =>
    fc.tuple(fc.constantFrom("+", "-", "*", "/"), sub("int"), sub("int")).map(([op, l, r]) => {
      const [a, b] = [l.value as bigint, r.value as bigint];
      // Falls back to `-` where `*` would leave the safe range or `/` would divide by zero.
      const safeOp =
        (op === "*" && (a * b > INT_LIMIT || a * b < -INT_LIMIT)) || (op === "/" && b === 0n) ? "-" : op;
      const value = safeOp === "+" ? a + b : safeOp === "-" ? a - b : safeOp === "*" ? a * b : a / b;
      return g(N.binop(safeOp, l.expr, r.expr), value);
    }),
  );
  return [
    arith,
    lazy(() => sub("int").map((x) => g(N.unary("-", x.expr), -(x.value as bigint)))),
    lazy(() =>
      sub("list").map((l) => g(N.callBuiltin("length", l.expr), BigInt((l.value as Value[]).length))),
    ),
    lazy(() =>
      sub("string").map((s) =>
        g(N.callBuiltin("stringLength", s.expr), BigInt(Buffer.byteLength(s.value as string))),
      ),
    ),
    lazy(() =>
      fc.tuple(sub("attrs"), fc.constantFrom(...KEYS), sub("int")).map(([set, key, fallback]) => {
        const obj = asObject(set.value);
        return key in obj
          ? g(N.select(set.expr, [N.staticKey(key)]), obj[key]!)
          : g(N.select(set.expr, [N.staticKey(key)], fallback.expr), fallback.value);
      }),
    ),
  ];
}

function boolArbs(sub: Sub): Arb[] {
  const compare = lazy(() =>
    fc.tuple(fc.constantFrom("<", "<=", ">", ">="), sub("int"), sub("int")).map(([op, l, r]) => {
      const [a, b] = [l.value as bigint, r.value as bigint];
      return g(
        N.binop(op, l.expr, r.expr),
        op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b,
      );
    }),
  );
  const equality = lazy(() =>
    fc.constantFrom<Ty>(...TYPES).chain((t) =>
      fc.tuple(fc.constantFrom("==", "!="), sub(t), sub(t)).map(([op, l, r]) => {
        const same = valueEquals(l.value, r.value);
        return g(N.binop(op, l.expr, r.expr), op === "==" ? same : !same);
      }),
    ),
  );
  const logic = lazy(() =>
    fc.tuple(fc.constantFrom("&&", "||", "->"), sub("bool"), sub("bool")).map(([op, l, r]) => {
      const [a, b] = [l.value as boolean, r.value as boolean];
      return g(N.binop(op, l.expr, r.expr), op === "&&" ? a && b : op === "||" ? a || b : !a || b);
    }),
  );
  const has = lazy(() =>
    fc
      .tuple(sub("attrs"), fc.constantFrom(...KEYS))
      .map(([set, key]) => g(N.hasAttr(set.expr, [N.staticKey(key)]), key in asObject(set.value))),
  );
  return [compare, equality, logic, has, lazy(() => sub("bool").map((b) => g(N.not(b.expr), !b.value)))];
}

/** `{ k = …; "${…}" = …; inherit v; }`, possibly `rec`, with distinct keys. */
function attrsLiteral(sub: Sub): Arb {
  const entry = fc.tuple(fc.constantFrom(...KEYS), fc.boolean(), sub("int"));
  return lazy(() =>
    fc.tuple(fc.array(entry, { maxLength: 4 }), fc.boolean()).map(([entries, recursive]) => {
      const bindings: Binding[] = [];
      const value: Record<string, Value> = {};
      for (const [key, dynamic, item] of entries) {
        if (key in value) continue;
        // A dynamic key built by concatenation prints as `${"…" + "…"}`.
        const k: AttrKey = dynamic
          ? N.dynamicKey(N.binop("+", N.str(key.slice(0, 1)), N.str(key.slice(1))))
          : N.staticKey(key);
        bindings.push(N.bind([k], item.expr));
        value[key] = item.value;
      }
      return g(N.attrs(bindings, recursive), value);
    }),
  );
}

function genericArbs(ty: Ty, scope: Scope, sub: Sub): Arb[] {
  const conditional = lazy(() =>
    fc
      .tuple(sub("bool"), sub(ty), sub(ty))
      .map(([c, t, e]) => g(N.ifThenElse(c.expr, t.expr, e.expr), c.value ? t.value : e.value)),
  );
  const letIn = lazy(() =>
    fc
      .array(
        fc.constantFrom(...TYPES).chain((t) => sub(t).map((x) => [t, x] as const)),
        { minLength: 1, maxLength: 3 },
      )
      .chain((defs) => {
        const vars = defs.map(([t, x], i) => ({ name: varName(scope, i), ty: t, value: x.value }));
        return sub(ty, [...scope, ...vars]).map((body) =>
          g(
            N.letIn(
              defs.map(([, x], i) => N.bind(vars[i]!.name, x.expr)),
              body.expr,
            ),
            body.value,
          ),
        );
      }),
  );
  const applied = lazy(() =>
    fc.constantFrom<Ty>(...TYPES).chain((t) =>
      sub(t).chain((arg) => {
        const v = { name: varName(scope), ty: t, value: arg.value };
        return sub(ty, [...scope, v]).map((body) =>
          g(N.apply(N.lambda(v.name, body.expr), arg.expr), body.value),
        );
      }),
    ),
  );
  return [conditional, letIn, applied, patternApplied(ty, scope, sub), wrappers(ty, sub)];
}

/** `({ v, w ? d, ... }@args: body) { v = …; }` */
function patternApplied(ty: Ty, scope: Scope, sub: Sub): Arb {
  return lazy(() =>
    fc
      .tuple(sub("int"), sub("string"), fc.boolean(), fc.boolean())
      .chain(([given, fallback, ellipsis, bound]) => {
        const vars = [
          { name: varName(scope), ty: "int" as const, value: given.value },
          { name: varName(scope, 1), ty: "string" as const, value: fallback.value },
        ];
        return sub(ty, [...scope, ...vars]).map((body) => {
          const param = N.patternParam([N.field(vars[0]!.name), N.field(vars[1]!.name, fallback.expr)], {
            ellipsis,
            ...(bound ? { bind: varName(scope, 2) } : {}),
          });
          const extra = ellipsis ? [N.bind("extra", N.int(0))] : [];
          const arg = N.attrs([N.bind(vars[0]!.name, given.expr), ...extra]);
          return g(N.apply(N.lambda(param, body.expr), arg), body.value);
        });
      }),
  );
}

/** `with`, `assert` and selection through nested paths around an expression of type `ty`. */
function wrappers(ty: Ty, sub: Sub): Arb {
  return lazy(() =>
    fc
      .tuple(
        fc.constantFrom("with", "assert", "path"),
        sub("attrs"),
        sub("bool"),
        sub(ty),
        fc.constantFrom(...KEYS),
      )
      .map(([kind, scopeSet, cond, body, key]) => {
        if (kind === "with") return g(N.withScope(scopeSet.expr, body.expr), body.value);
        if (kind === "assert")
          return g(N.assertThen(cond.value ? cond.expr : N.not(cond.expr), body.expr), body.value);
        const nested = N.attrs([N.bind([N.staticKey(key), N.staticKey("in")], body.expr)]);
        return g(N.select(nested, [N.dynamicKey(N.str(key)), N.staticKey("in")]), body.value);
      }),
  );
}
