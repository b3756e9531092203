// Integer and string arrays and the Array members tsnix supports: literals and spreads, Array.from({ length }),
// map/filter (with and without the index), slice with negative indices, concat, flat/flatMap, toSorted with
// comparators, toReversed; and the values read from arrays: reduce, some/every, find/findIndex, indexOf/includes,
// at, length, join, Math.max(...xs). Element bounds and length ranges are tracked so that nothing overflows and
// indexing stays in range.
import fc from "fast-check";
import { type Code, declsOf, hoist, literalOf } from "./code.js";
import { roundBound, scopeOf, trickyName } from "./names.js";
import { boolTerm, intTerm, type NumTerm, TOP_SCOPE } from "./numbers.js";
import { strTerm } from "./strings.js";
import { asciiWord } from "./texts.js";

export interface IntArray extends Code {
  /** Every element e has |e| ≤ bound. */
  readonly bound: number;
  readonly minLength: number;
  readonly maxLength: number;
}

const MAX_ELEMENT = 2 ** 20;
const arr = (
  code: string,
  bound: number,
  minLength: number,
  maxLength: number,
  ...parts: Code[]
): IntArray => ({
  code,
  decls: declsOf(...parts),
  bound,
  minLength,
  maxLength,
});

/** A callback body over element `x` (and index `i`): an int term in a scope holding those names. */
function intBody(
  bound: number,
  withIndex: boolean,
  depth = 1,
): fc.Arbitrary<[string, string | undefined, NumTerm]> {
  return fc.tuple(trickyName, trickyName).chain(([x, i]) => {
    const index = withIndex && i !== x ? i : undefined;
    const scope = scopeOf([[x, "int", roundBound(bound)], ...(index ? [[index, "int", 16] as const] : [])]);
    return intTerm(scope, depth)
      .filter((t) => t.bound <= MAX_ELEMENT)
      .map((t): [string, string | undefined, NumTerm] => [x, index, t]);
  });
}

function predicate(bound: number, withIndex: boolean): fc.Arbitrary<[string, string | undefined, Code]> {
  return fc.tuple(trickyName, trickyName).chain(([x, i]) => {
    const index = withIndex && i !== x ? i : undefined;
    const scope = scopeOf([[x, "int", roundBound(bound)], ...(index ? [[index, "int", 16] as const] : [])]);
    return boolTerm(scope, 1).map((t): [string, string | undefined, Code] => [x, index, t]);
  });
}

const params = (x: string, i: string | undefined) => (i ? `(${x}, ${i})` : `(${x})`);
/** A literal-typed body would make the array `(4 | 7)[]`, which rejects other numbers: annotate the return type. */
const returns = (body: Code) => (body.literal ? ": number" : "");

const element = intTerm(TOP_SCOPE, 1).filter((t) => t.bound <= 1000);
const smallIndex = fc.integer({ min: -6, max: 6 }).map((n) => (n < 0 ? `(${n})` : String(n)));

/** Integer arrays, `depth` levels of methods deep. */
export function intArray(depth: number): fc.Arbitrary<IntArray> {
  const literal = fc
    .array(element, { maxLength: 6 })
    .map((items) =>
      items.length === 0
        ? arr("([] as number[])", 0, 0, 0)
        : arr(
            `[${items.map((t) => t.code).join(", ")}]`,
            Math.max(...items.map((t) => t.bound)),
            items.length,
            items.length,
            ...items,
          ),
    );
  const from = fc.tuple(fc.integer({ min: 0, max: 6 }), trickyName, fc.boolean()).chain(([n, i, named]) => {
    const scope = scopeOf([[i, "int", 8]]);
    return intTerm(scope, 1)
      .filter((t) => t.bound <= MAX_ELEMENT)
      .map((t) => {
        const unused = named || i === "_" ? "_unused" : "_";
        return arr(
          `Array.from({ length: ${n} }, (${unused}, ${i})${returns(t)} => ${t.code})`,
          t.bound,
          n,
          n,
        );
      });
  });
  const hoisted = literal.map((a) => ({ ...a, ...hoist("xs", a) }));
  if (depth <= 0) return fc.oneof(literal, from, hoisted);
  const sub = intArray(depth - 1);
  return fc.oneof(
    { arbitrary: fc.oneof(literal, from, hoisted), weight: 2 },
    fc
      .tuple(sub, sub, element)
      .map(([a, b, e]) =>
        arr(
          `[...${a.code}, ${e.code}, ...${b.code}]`,
          Math.max(a.bound, b.bound, e.bound),
          a.minLength + b.minLength + 1,
          a.maxLength + b.maxLength + 1,
          a,
          b,
          e,
        ),
      ),
    fc
      .tuple(sub, fc.boolean())
      .chain(([a, indexed]) =>
        intBody(a.bound, indexed).map(([x, i, body]) =>
          arr(
            `${a.code}.map(${params(x, i)}${returns(body)} => ${body.code})`,
            body.bound,
            a.minLength,
            a.maxLength,
            a,
          ),
        ),
      ),
    // Removing repeats with a Set: first occurrences, in order.
    sub.map((a) => arr(`[...new Set(${a.code})]`, a.bound, Math.min(1, a.minLength), a.maxLength, a)),
    // Callbacks that take the array itself: map over element, index and length; filter keeping first occurrences.
    fc
      .tuple(sub, fc.uniqueArray(trickyName, { minLength: 3, maxLength: 3 }), fc.boolean())
      .map(([a, [x, i, all], mapping]) =>
        mapping
          ? arr(
              `${a.code}.map((${x}, ${i}, ${all}) => ${x} + ${i} * ${all}.length - ${all}[${i}]!)`,
              2 * a.bound + 16 * a.maxLength,
              a.minLength,
              a.maxLength,
              a,
            )
          : arr(
              `${a.code}.filter((${x}, ${i}, ${all}) => ${all}.indexOf(${x}) === ${i})`,
              a.bound,
              0,
              a.maxLength,
              a,
            ),
      ),
    fc.tuple(sub, fc.boolean()).chain(([a, indexed]) =>
      predicate(a.bound, indexed).map(([x, i, test]) =>
        // `: boolean` stops TypeScript from inferring a type predicate (`x === 3` would narrow to `3[]`).
        arr(`${a.code}.filter(${params(x, i)}: boolean => ${test.code})`, a.bound, 0, a.maxLength, a),
      ),
    ),
    fc
      .tuple(sub, smallIndex, fc.option(smallIndex))
      .map(([a, s, e]) =>
        arr(`${a.code}.slice(${s}${e === null ? "" : `, ${e}`})`, a.bound, 0, a.maxLength, a),
      ),
    fc
      .tuple(
        sub,
        fc.oneof(
          sub,
          element.map((e) => arr(e.code, e.bound, 1, 1, e)),
        ),
      )
      .map(([a, b]) =>
        arr(
          `${a.code}.concat(${b.code})`,
          Math.max(a.bound, b.bound),
          a.minLength + b.minLength,
          a.maxLength + b.maxLength,
          a,
          b,
        ),
      ),
    sub.chain((a) =>
      fc
        .tuple(intBody(a.bound, false), fc.boolean())
        .map(([[x, , body], pair]) =>
          pair
            ? arr(
                `${a.code}.flatMap((${x}) => [${x}, ${body.code}])`,
                Math.max(a.bound, body.bound),
                2 * a.minLength,
                2 * a.maxLength,
                a,
              )
            : arr(
                `${a.code}.flatMap((${x})${returns(body)} => ${body.code})`,
                body.bound,
                a.minLength,
                a.maxLength,
                a,
              ),
        ),
    ),
    fc
      .tuple(sub, sub)
      .map(([a, b]) =>
        arr(
          `[${a.code}, ${b.code}].flat()`,
          Math.max(a.bound, b.bound),
          a.minLength + b.minLength,
          a.maxLength + b.maxLength,
          a,
          b,
        ),
      ),
    sub.chain((a) => sorted(a)),
    sub.map((a) => arr(`${a.code}.toReversed()`, a.bound, a.minLength, a.maxLength, a)),
  );
}

/** toSorted / sort of a fresh copy with numeric comparators, including key comparisons with ties (stability). */
function sorted(a: IntArray): fc.Arbitrary<IntArray> {
  const comparator = fc.tuple(trickyName, trickyName).chain(([p, q]) => {
    const [x, y] = p === q ? ["p", "q"] : [p, q];
    const scope = scopeOf([[x, "int", roundBound(a.bound)]]);
    const key = intTerm(scope, 1).filter((t) => t.bound <= MAX_ELEMENT && t.code.includes(x));
    return fc.oneof(
      fc.constant(`(${x}, ${y}) => ${x} - ${y}`),
      fc.constant(`(${x}, ${y}) => ${y} - ${x}`),
      fc.constant(`(${x}, ${y}) => (${x} < ${y} ? -1 : ${x} > ${y} ? 1 : 0)`),
      // A key comparison: consistent, with ties whose order only a stable sort keeps.
      key.map((k) => `(${x}, ${y}) => ${k.code} - ${renameVar(k.code, x, y)}`),
    );
  });
  return fc
    .tuple(comparator, fc.boolean())
    .map(([cmp, copy]) =>
      arr(
        copy ? `[...${a.code}].sort(${cmp})` : `${a.code}.toSorted(${cmp})`,
        a.bound,
        a.minLength,
        a.maxLength,
        a,
      ),
    );
}

/** The key expression with variable `from` replaced by `to` (names are whole identifiers). */
function renameVar(code: string, from: string, to: string): string {
  const escaped = from.replace(/[$]/g, "\\$");
  return code.replace(
    new RegExp(`(?<![\\w$\\u0080-\\uffff])${escaped}(?![\\w$\\u0080-\\uffff])`, "gu"),
    () => to,
  );
}

/** Values read from an integer array. */
export function arrayObservation(depth: number): fc.Arbitrary<Code> {
  const anyArray = intArray(depth);
  const nonEmpty = anyArray.filter((a) => a.minLength > 0);
  const obs = (code: string, ...parts: Code[]): Code => ({ code, decls: declsOf(...parts) });
  return fc.oneof(
    anyArray.map((a) => obs(`${a.code}.length`, a)),
    anyArray.chain((a) =>
      fc
        .tuple(intBody(a.bound + 2 ** 20, false), element, fc.boolean())
        .map(([[x, , body], init, indexed]) => {
          const acc = x === "acc" ? "total" : "acc";
          const k = x === "k" ? "j" : "k";
          return indexed
            ? obs(`${a.code}.reduce((${acc}, ${x}, ${k}) => ${acc} + ${x} * ${k}, ${init.code})`, a, init)
            : obs(`${a.code}.reduce((${acc}, ${x}) => ${acc} + ${body.code}, ${init.code})`, a, init);
        }),
    ),
    nonEmpty.map((a) => obs(`${a.code}.reduce((m, e) => Math.max(m, e))`, a)),
    nonEmpty.map((a) => obs(`Math.max(...${a.code})`, a)),
    nonEmpty.map((a) => obs(`Math.min(...${a.code})`, a)),
    fc
      .tuple(
        anyArray,
        fc.constantFrom("some", "every", "find", "findLast", "findIndex", "findLastIndex"),
        fc.boolean(),
      )
      .chain(([a, m, indexed]) =>
        predicate(a.bound, indexed).map(([x, i, test]) =>
          obs(`${a.code}.${m}(${params(x, i)}: boolean => ${test.code})`, a),
        ),
      ),
    fc
      .tuple(anyArray, element, fc.constantFrom("indexOf", "lastIndexOf", "includes"))
      .map(([a, e, m]) => obs(`${a.code}.${m}(${e.code})`, a, e)),
    fc.tuple(anyArray, smallIndex).map(([a, i]) => obs(`${a.code}.at(${i})`, a)),
    nonEmpty.chain((a) => fc.integer({ min: 0, max: a.minLength - 1 }).map((i) => obs(`${a.code}[${i}]`, a))),
    fc
      .tuple(anyArray, fc.option(asciiWord.chain(literalOf)))
      .map(([a, sep]) => obs(`${a.code}.join(${sep ?? ""})`, a)),
  );
}

/** String arrays: split, map to templates, join, default (string) sort, case mapping. */
export function stringArrayProgram(depth: number): fc.Arbitrary<Code> {
  const items = fc.array(strTerm(TOP_SCOPE, 1, true), { minLength: 1, maxLength: 5 });
  const source = fc.oneof(
    items.map((xs): Code => ({ code: `[${xs.map((s) => s.code).join(", ")}]`, decls: declsOf(...xs) })),
    fc
      .tuple(strTerm(TOP_SCOPE, 1, true), asciiWord.chain(literalOf))
      .map(([s, sep]): Code => ({ code: `${s.code}.split(${sep})`, decls: s.decls })),
    intArray(Math.max(0, depth - 1)).chain((a) =>
      trickyName.map((x): Code => ({ code: `${a.code}.map((${x}) => \`<\${${x}}>\`)`, decls: a.decls })),
    ),
  );
  return fc
    .tuple(source, fc.constantFrom("sorted", "upper", "join", "joinSorted", "filter"))
    .chain(([xs, op]) =>
      fc.tuple(trickyName, asciiWord.chain(literalOf)).map(([s, sep]): Code => {
        const code =
          op === "sorted"
            ? `${xs.code}.toSorted()`
            : op === "upper"
              ? `${xs.code}.map((${s}) => ${s}.toUpperCase())`
              : op === "join"
                ? `${xs.code}.join(${sep})`
                : op === "joinSorted"
                  ? `${xs.code}.toSorted().join(${sep})`
                  : `${xs.code}.filter((${s}) => ${s}.length > 1)`;
        return { code, decls: xs.decls };
      }),
    );
}
