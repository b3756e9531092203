// Object literals as values: nested, with bare/quoted/numeric/computed keys, spreads in any order (later wins),
// conditional spreads, shorthand members and members set to undefined. Static names stay unique in each literal
// and a property is never written before a spread that surely overrides it (TypeScript rejects both).
import fc from "fast-check";
import { type Code, declsOf, hoist, literalOf } from "./code.js";
import { anyKey } from "./keys.js";
import { boolTerm, intTerm, TOP_SCOPE } from "./numbers.js";
import { strTerm } from "./strings.js";
import { asciiText, unicodeText } from "./texts.js";

export interface ObjCode extends Code {
  /** Property names the value surely has, maybe as undefined (what a later spread of it overrides). */
  readonly required: readonly string[];
}

interface Member {
  readonly code: string;
  readonly decls: readonly string[];
  /** The static property name, when TypeScript knows it (duplicates are type errors). */
  readonly name?: string;
  /** For spreads: the names they surely set. */
  readonly overrides?: readonly string[];
}

const condition = boolTerm(TOP_SCOPE, 1);

/** A value for a member: numbers, strings, booleans, null, undefined, arrays, nested objects, optional values. */
export function memberValue(depth: number): fc.Arbitrary<Code & { optional?: boolean }> {
  const scalar: fc.Arbitrary<Code> = fc.oneof(
    intTerm(TOP_SCOPE, 1).filter((t) => t.bound < 2 ** 40),
    strTerm(TOP_SCOPE, 1),
    condition,
    fc.array(intTerm(TOP_SCOPE, 0), { maxLength: 3 }).map((items): Code => ({
      code: items.length === 0 ? "([] as number[])" : `[${items.map((t) => t.code).join(", ")}]`,
      decls: declsOf(...items),
    })),
  );
  const options: fc.Arbitrary<Code & { optional?: boolean }>[] = [
    scalar,
    fc.constant<Code>({ code: "null", decls: [] }),
    fc.constant({ code: "undefined", decls: [], optional: true }),
    // `c ? v : undefined` with v never null: a member that may be null or undefined is refused (TSNIX1208).
    fc.tuple(condition, scalar, fc.boolean()).map(([c, v, flip]) => ({
      code: flip ? `(${c.code} ? undefined : ${v.code})` : `(${c.code} ? ${v.code} : undefined)`,
      decls: declsOf(c, v),
      optional: true,
    })),
  ];
  if (depth > 0) options.push(objectLiteral(depth - 1));
  return fc.oneof(...options);
}

/** Computed keys: literal ones (TS knows the name) and string-typed ones (which may collide, later wins). */
const computedKey: fc.Arbitrary<{ code: string; decls: readonly string[]; name?: string }> = fc.oneof(
  fc.tuple(unicodeText(2), fc.boolean()).chain(([text, viaConst]) =>
    literalOf(text).map((literal) => {
      if (!viaConst) return { code: `[${literal}]`, decls: [], name: text };
      const bound = hoist("k", { code: literal, decls: [] });
      return { code: `[${bound.code}]`, decls: bound.decls, name: text };
    }),
  ),
  fc.constantFrom("a", "b", "x", "if", "a.b", "", "${x}").chain((text) =>
    literalOf(text).map((literal) => {
      const bound = hoist("w", { code: literal, decls: [] }, "string");
      return { code: `[${bound.code}]`, decls: bound.decls };
    }),
  ),
  fc
    .tuple(asciiText(2), intTerm(TOP_SCOPE, 0))
    // `+ 0`: a literal substitution would give the key a literal type, which TypeScript requires to be unique.
    .map(([text, n]) => {
      const template = `\`${text.replace(/[`\\$]/g, "\\$&")}\${${n.code} + 0}\``;
      return { code: `[${template}]`, decls: n.decls, ...knownName(template, n.decls) };
    }),
  // `+ 0` keeps TypeScript from knowing the name (a literal-typed key would have to be unique).
  intTerm(TOP_SCOPE, 1)
    .filter((t) => t.bound < 1000)
    .map((t) => ({ code: `[${t.code} + 0]`, decls: t.decls, ...knownName(`${t.code} + 0`, t.decls) })),
);

/**
 * TypeScript 6 folds constant expressions in computed names (`[\`${16 + 0}\`]` is the name "16", a duplicate of
 * `0x10`), so a key built from literals alone gets its name, to keep names unique within a literal.
 */
function knownName(expression: string, decls: readonly string[]): { name?: string } {
  if (decls.length > 0) return {};
  return { name: String(new Function(`return (${expression});`)()) };
}

function member(depth: number): fc.Arbitrary<Member> {
  const value = memberValue(depth);
  return fc.oneof(
    {
      arbitrary: fc.tuple(anyKey, value).map(([key, v]): Member => ({
        code: `${key.source}: ${v.code}`,
        decls: v.decls,
        name: key.name,
      })),
      weight: 5,
    },
    {
      arbitrary: fc.tuple(computedKey, value).map(([key, v]): Member => ({
        code: `${key.code}: ${v.code}`,
        decls: declsOf(key, v),
        ...(key.name === undefined ? {} : { name: key.name }),
      })),
      weight: 2,
    },
    ...(depth > 0 ? [{ arbitrary: spread(depth), weight: 2 }] : []),
    {
      arbitrary: value.map((v): Member => {
        const bound = hoist("m", v);
        return { code: bound.code, decls: bound.decls, name: bound.code };
      }),
      weight: 1,
    },
  );
}

/** `...o`, `...(c ? {…} : {})`, `...(c && {…})`, `...(c ? o : null)`; depth ≥ 1. */
function spread(depth: number): fc.Arbitrary<Member> {
  const inner = objectLiteral(depth - 1);
  return fc.oneof(
    inner.map((o): Member => {
      const bound = hoist("o", o);
      return { code: `...${bound.code}`, decls: bound.decls, overrides: o.required };
    }),
    inner.map((o): Member => ({ code: `...${o.code}`, decls: o.decls, overrides: o.required })),
    fc
      .tuple(condition, inner, fc.constantFrom("{}", "null", "undefined"))
      .map(([c, o, otherwise]): Member => ({
        code: `...(${c.code} ? ${o.code} : ${otherwise})`,
        decls: declsOf(c, o),
      })),
    // `false && {…}` has type `false`, which TypeScript will not spread.
    fc
      .tuple(
        condition.filter((c) => c.literal !== true),
        inner,
      )
      .map(([c, o]): Member => ({ code: `...(${c.code} && ${o.code})`, decls: declsOf(c, o) })),
  );
}

/** `{ … }` with 0–5 members. */
export function objectLiteral(depth: number): fc.Arbitrary<ObjCode> {
  return fc.array(member(depth), { maxLength: 5 }).map(assemble);
}

function assemble(members: readonly Member[]): ObjCode {
  const kept: Member[] = [];
  const names = new Set<string>();
  for (const m of members) {
    if (m.name !== undefined) {
      if (names.has(m.name)) continue;
      names.add(m.name);
    }
    if (m.overrides) {
      // TS2783: a property written before a spread that surely sets it again is an error; drop the earlier one.
      for (let i = kept.length - 1; i >= 0; i--) {
        const name = kept[i]!.name;
        if (name !== undefined && m.overrides.includes(name)) {
          kept.splice(i, 1);
          names.delete(name);
        }
      }
    }
    kept.push(m);
  }
  // TS2783 counts a property as set even when its value may be undefined.
  const required = new Set<string>();
  for (const m of kept) {
    if (m.name !== undefined) required.add(m.name);
    for (const name of m.overrides ?? []) required.add(name);
  }
  return {
    code: kept.length === 0 ? "{}" : `{ ${kept.map((m) => m.code).join(", ")} }`,
    decls: declsOf(...kept),
    required: [...required],
  };
}
