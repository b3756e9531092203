// Reading objects whose type has optional and nullable members: `?.`, `??`, `=== undefined`/`=== null`, `in`,
// Object.hasOwn, Object.keys(o).sort(), and the Object.entries → fromEntries round trip. Each member is present
// with a value, present as null or missing, as its declared type allows (never present as undefined: tsnix checks
// with exactOptionalPropertyTypes): exactly the distinctions (a present null is not a missing attribute) where Nix
// and JS part ways.
import fc from "fast-check";
import { type Code, hoist, numberLiteral } from "./code.js";
import { accessOf, typeKeyOf } from "./keys.js";
import { boolTerm, intTerm, TOP_SCOPE } from "./numbers.js";

type State = "value" | "null" | "undefined" | "missing";

interface Field {
  readonly name: string;
  readonly optional: boolean;
  readonly nullable: boolean;
  readonly nested: boolean;
  readonly state: State;
  readonly value: string;
}

// `toString`, `constructor`, … are Object.prototype members: `in` finds them in JS, so tsnix refuses them there.
const FIELD_NAMES = ["a", "b", "c", "x", "y", "if", "or", "map", "$k", "a b", "a.b", "1", "é"] as const;

const nestedValue = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.option(fc.integer({ min: -5, max: 5 })))
  .map(([v, w]) => `{ v: ${numberLiteral(v)}${w === null ? "" : `, w: ${numberLiteral(w)}`} }`);

const field: fc.Arbitrary<Omit<Field, "name">> = fc
  .record({
    optional: fc.boolean(),
    nullable: fc.boolean(),
    nested: fc.boolean(),
    // No "undefined": tsnix checks with exactOptionalPropertyTypes, where an optional member is absent or a value.
    state: fc.constantFrom<State>("value", "value", "null", "missing"),
  })
  .chain((f) => {
    const state: State =
      (f.state === "null" && !f.nullable) ||
      ((f.state === "undefined" || f.state === "missing") && !f.optional)
        ? "value"
        : f.state;
    const value = f.nested ? nestedValue : fc.integer({ min: -100, max: 100 }).map(numberLiteral);
    return value.map((v) => ({ ...f, state, value: state === "value" ? v : state }));
  });

const typeOfField = (f: Field): string =>
  `${typeKeyOf(f.name)}${f.optional ? "?" : ""}: ${f.nested ? "{ v: number; w?: number }" : "number"}${f.nullable ? " | null" : ""}`;

const fallback = fc.integer({ min: -9, max: 9 }).map(numberLiteral);

/** Observations of one field of `o` (typed `T`) that are well typed and not refused for that type. */
function observations(o: string, f: Field): fc.Arbitrary<string>[] {
  const read = accessOf(o, f.name);
  const out: fc.Arbitrary<string>[] = [
    fc.constant(read),
    fallback.map((d) => (f.nested ? `(${read}?.v ?? ${d})` : `(${read} ?? ${d})`)),
    fc.constant(`(${JSON.stringify(f.name)} in ${o})`),
    fc.constant(`Object.hasOwn(${o}, ${JSON.stringify(f.name)})`),
  ];
  if (f.nested) {
    out.push(fc.constant(accessOf(read, "v", true)), fc.constant(accessOf(read, "w", true)));
    out.push(fallback.map((d) => `(${accessOf(read, "w", true)} ?? ${d})`));
  }
  // `===` against undefined or null is refused when the type has both (tsnix has one null for both).
  if (!f.nullable) out.push(fc.constant(`(${read} === undefined)`), fc.constant(`(${read} !== undefined)`));
  if (!f.optional) out.push(fc.constant(`(${read} === null)`), fc.constant(`(${read} !== null)`));
  return out;
}

/** Observations through `p: T | null`, whose chain short-circuits when p is null. */
function nullableObservations(p: string, f: Field): fc.Arbitrary<string>[] {
  const read = accessOf(p, f.name, true);
  return [
    fc.constant(read),
    fallback.map((d) => (f.nested ? `(${accessOf(read, "v", true)} ?? ${d})` : `(${read} ?? ${d})`)),
  ];
}

/** A typed object, a possibly-null alias of it, and an array of observations of both. */
export const objectAccessProgram: fc.Arbitrary<string> = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...FIELD_NAMES), field), {
    minLength: 1,
    maxLength: 5,
    selector: ([name]) => name,
  })
  .chain((pairs) => {
    const fields: Field[] = pairs.map(([name, f]) => ({ name, ...f }));
    const type = `{ ${fields.map(typeOfField).join("; ")} }`;
    const members = fields
      .filter((f) => f.state !== "missing")
      .map((f) => `${typeKeyOf(f.name)}: ${f.value}`);
    const decls = [`type T = ${type};`, `const o: T = { ${members.join(", ")} };`];
    const perField = fields.flatMap((f) => [...observations("o", f), ...nullableObservations("p", f)]);
    const whole = [
      fc.constant("Object.keys(o).sort()"),
      fc.constant("Object.keys(o).length"),
      fc.constant("Object.values(o).length"),
      fc.constant("p?.a"),
    ].filter((a, i) => i < 3 || fields.some((f) => f.name === "a"));
    return fc
      .tuple(
        boolTerm(TOP_SCOPE, 1),
        fc.array(fc.oneof(...perField, ...whole), { minLength: 1, maxLength: 6 }),
      )
      .map(([c, items]) => {
        const p = `const p: T | null = ${c.code} ? o : null;`;
        return `${[...c.decls, ...decls, p].join("\n")}\nexport default [${items.join(", ")}];\n`;
      });
  });

/** `Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]))` and its filter variant over a number record. */
export const entriesProgram: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.integer({ min: -100, max: 100 })), {
      maxLength: 5,
      selector: ([k]) => k,
    }),
    intTerm({ vars: [{ name: "v", kind: "int", bound: 100 }] }, 2).filter((t) => t.bound < 2 ** 40),
    boolTerm({ vars: [{ name: "v", kind: "int", bound: 100 }] }, 1),
    fc.constantFrom("map", "filter", "both", "keys", "literal", "parameter", "json"),
  )
  .map(([entries, f, keep, shape]) => {
    if (shape === "literal" || shape === "parameter" || shape === "json") return orderProgram(entries, shape);
    const record: Code = hoist(
      "r",
      {
        code: `{ ${entries.map(([k, v]) => `${typeKeyOf(k)}: ${numberLiteral(v)}`).join(", ")} }`,
        decls: [],
      },
      "Record<string, number>",
    );
    const r = record.code;
    const mapped = `Object.entries(${r}).map(([k, v]) => [k, ${f.code}])`;
    const filtered = `Object.entries(${r}).filter(([k, v]) => ${keep.code})`;
    const value =
      shape === "map"
        ? `Object.fromEntries(${mapped})`
        : shape === "filter"
          ? `Object.fromEntries(${filtered})`
          : shape === "both"
            ? `Object.fromEntries(${filtered}.map(([k, v]) => [k, ${f.code}]))`
            : `Object.keys(${r}).sort()`;
    return `${record.decls.join("\n")}\nexport default ${value};\n`;
  });

/**
 * Where key order shows (issue 12, causes 5–8): only a fresh literal says its order, so its keys are written in Nix's
 * byte order (and none is an array index, which JS lists first); any other object passes through a parameter whose
 * type names one key and holds one key, which every order lists the same.
 */
function orderProgram(
  entries: readonly (readonly [string, number])[],
  shape: "literal" | "parameter" | "json",
): string {
  const sorted = entries
    .filter(([k]) => !/^(0|[1-9][0-9]*)$/.test(k))
    .toSorted(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const literal = `{ ${sorted.map(([k, v]) => `${typeKeyOf(k)}: ${numberLiteral(v)}`).join(", ")} }`;
  if (shape === "literal") {
    return `const o = ${literal};\nexport default [Object.keys(o), Object.values(o), Object.entries(o).map(([k, v], i) => [i, k, v]), JSON.stringify(o)];\n`;
  }
  const [key, value] = sorted[0] ?? ["k", 0];
  const one = `{ ${typeKeyOf(key)}: ${numberLiteral(value)} }`;
  const view = shape === "json" ? "<T,>(o: T)" : `(o: { ${typeKeyOf(key)}: number })`;
  const body =
    shape === "json"
      ? "JSON.stringify({ a: o, b: [o] })"
      : "[Object.keys(o), Object.entries(o).map(([k, v], i) => `${i}:${k}=${v}`)]";
  return `const f = ${view} => ${body};\nexport default f(${one});\n`;
}
