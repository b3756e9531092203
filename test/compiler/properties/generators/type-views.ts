// Programs whose values pass through wider and narrower type views (issue 12): a value declared with one type is
// seen as `unknown`, as a generic, as `any` (also from JSON.parse), through a function type or a contextually typed
// callback; lookups into arrays and records that may miss, behind `?.`, `??`, `typeof`, destructuring defaults and
// block scopes with shadowing; objects with members set to undefined inside functions, seen through types that show
// or hide those members. What tsnix must do with each: answer as Node does, refuse with a code, or stop when
// evaluated — never answer differently.
import fc from "fast-check";
import { numberLiteral } from "./code.js";

// --- values and the types that declare them ------------------------------------------------------------------

interface Value {
  /** TypeScript source of the value. */
  readonly code: string;
  /** Its exact type, without null/undefined (empty for null and undefined themselves). */
  readonly kind: "number" | "string" | "boolean" | "null" | "undefined" | "array" | "object";
  /** Whether JSON can carry it (no undefined anywhere). */
  readonly json: boolean;
}

const KIND_TYPES: Record<Value["kind"], string> = {
  number: "number",
  string: "string",
  boolean: "boolean",
  null: "null",
  undefined: "undefined",
  array: "number[]",
  object: "{ a: number }",
};

const value: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: fc.integer({ min: -2, max: 3 }).map((n) => leafValue(numberLiteral(n), "number")), weight: 3 },
  { arbitrary: fc.constantFrom('""', '"a"', '"ab"').map((s) => leafValue(s, "string")), weight: 2 },
  { arbitrary: fc.constantFrom("true", "false").map((s) => leafValue(s, "boolean")), weight: 2 },
  { arbitrary: fc.constant(leafValue("null", "null")), weight: 3 },
  { arbitrary: fc.constant({ code: "undefined", kind: "undefined", json: false } as Value), weight: 3 },
  { arbitrary: fc.constantFrom("[]", "[1]", "[0, 2]").map((s) => leafValue(s, "array")), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 2 }).map((n) => leafValue(`{ a: ${n} }`, "object")), weight: 1 },
);

function leafValue(code: string, kind: Value["kind"]): Value {
  return { code, kind, json: true };
}

/** A declared type that admits `v`: its kind, perhaps with `| null` and `| undefined` besides. */
const declaredTypeOf = (v: Value): fc.Arbitrary<string> =>
  fc.tuple(fc.boolean(), fc.boolean()).map(([withNull, withUndefined]) => {
    const parts = new Set([KIND_TYPES[v.kind]]);
    if (withNull) parts.add("null");
    if (withUndefined) parts.add("undefined");
    return [...parts].join(" | ");
  });

const fallback = fc.integer({ min: 5, max: 9 }).map(String);

// --- 1. open views: unknown, generics, any, JSON.parse, function types, callbacks ------------------------------

/** Observations of `x` that type-check whatever its type (unknown, a type parameter, any, a declared union). */
const openObservation = (x: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      `${x} === undefined`,
      `${x} !== undefined`,
      `${x} === null`,
      `${x} !== null`,
      `${x} == null`,
      `${x} != null`,
      `typeof ${x}`,
      `typeof ${x} === "undefined"`,
      `typeof ${x} === "object"`,
      `typeof ${x} === "number"`,
      `(${x} ? 1 : 0)`,
      `!${x}`,
      `JSON.stringify({ k: ${x} })`,
      `{ k: ${x}, j: 1 }`,
    ),
    fallback.map((d) => `(${x} ?? ${d})`),
    fallback.map((d) => `(() => { const [a = ${d}] = [${x}]; return a; })()`),
  );

type View = "unknown" | "generic" | "any" | "declared" | "function-type" | "callback" | "json";

const view: fc.Arbitrary<View> = fc.constantFrom<View>(
  "unknown",
  "generic",
  "any",
  "declared",
  "function-type",
  "callback",
  "json",
);

export const openViewPrograms: fc.Arbitrary<string> = fc
  .tuple(
    view,
    fc.array(value, { minLength: 1, maxLength: 2 }),
    fc.array(openObservation("x"), { minLength: 1, maxLength: 2 }),
  )
  .chain(([kind, values, observations]) =>
    fc.tuple(...values.map(declaredTypeOf)).map((types) => {
      const body = `[${observations.join(", ")}]`;
      const decls: string[] = [];
      const calls = values.map((v, i) => {
        const name = `v${i}`;
        if (kind === "json") {
          const text = v.json ? JSON.stringify(JSON.parse(jsonText(v))) : "null";
          decls.push(`const ${name}: any = JSON.parse(${JSON.stringify(text)});`);
        } else decls.push(`const ${name}: ${types[i]} = ${v.code};`);
        return name;
      });
      const union = [...new Set(types)].join(" | ");
      switch (kind) {
        case "unknown":
          decls.push(`const f = (x: unknown) => ${body};`);
          break;
        case "generic":
          decls.push(`function f<T>(x: T) { return ${body}; }`);
          break;
        case "any":
        case "json":
          decls.push(`const f = (x: any) => ${body};`);
          break;
        case "declared":
          decls.push(`const f = (x: ${union}) => ${body};`);
          break;
        case "function-type":
          decls.push(`type F = (x: unknown) => unknown[];`, `const f: F = (x) => ${body};`);
          break;
        case "callback":
          decls.push(`const f = (y: ${union}) => [y].map((x) => ${body})[0]!;`);
          break;
      }
      return `${decls.join("\n")}\nexport default [${calls.map((c) => `f(${c})`).join(", ")}];\n`;
    }),
  );

/** JSON text of a value (no undefined in it). */
function jsonText(v: Value): string {
  return JSON.stringify(new Function(`return (${v.code});`)());
}

// --- 2. lookups that may miss ----------------------------------------------------------------------------------

interface Element {
  readonly type: string;
  readonly values: readonly string[];
  /** Whether `.v` reads the element's member. */
  readonly object: boolean;
}

const ELEMENTS: readonly Element[] = [
  { type: "number", values: ["0", "1", "2"], object: false },
  { type: "number | null", values: ["0", "3", "null"], object: false },
  { type: "number | undefined", values: ["0", "4", "undefined"], object: false },
  { type: "number | null | undefined", values: ["1", "null", "undefined"], object: false },
  { type: "string", values: ['""', '"s"'], object: false },
  { type: "{ v: number }", values: ["{ v: 0 }", "{ v: 5 }"], object: true },
  { type: "{ v: number | null }", values: ["{ v: null }", "{ v: 6 }"], object: true },
];

const INDICES = ["0", "1", "2", "3"];
const KEYS = ['"a"', '"b"', '"zz"', '"q"'];

/** Observations of a lookup `l` typed as present (`E`), and the names it can use. */
function lookupObservation(l: string, e: Element, others: { xs: string; o: string }): fc.Arbitrary<string> {
  const read = e.object ? `${l}?.v` : l;
  const common = [
    `${read} === undefined`,
    `${read} !== undefined`,
    `${read} === null`,
    `typeof ${read}`,
    `(${read} ? 1 : 0)`,
    `!${read}`,
  ];
  const searches = [
    // Only where the element type admits what is searched for (the searched value is not nested in `{ v }`).
    ...(!e.object && e.type.includes("undefined") ? [`${others.xs}.includes(undefined)`] : []),
    ...(!e.object && e.type.includes("null")
      ? [`${others.xs}.indexOf(null)`, `${others.xs}.includes(null)`]
      : []),
  ];
  return fc.oneof(
    fc.constantFrom(...common, ...searches),
    fallback.map((d) => `(${read} ?? ${d})`),
    fallback.map((d) => (e.type === "number" ? `(${read} || ${d})` : `(${read} ?? ${d})`)),
    fallback.map((d) => `(() => { const [p = ${d}, q = ${d}] = ${others.xs}; return [p, q]; })()`),
  );
}

export const lookupPrograms: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...ELEMENTS),
    fc.nat({ max: 3 }),
    fc.constantFrom(...INDICES),
    fc.constantFrom(...INDICES),
    fc.constantFrom(...KEYS),
    fc.constantFrom(...KEYS),
    fc.integer({ min: 0, max: 5 }),
    fallback,
  )
  .chain(([e, length, i, j, k, k2, shape, d]) =>
    fc
      .tuple(
        fc.array(fc.constantFrom(...e.values), { minLength: length, maxLength: length }),
        fc.constantFrom(...e.values),
        fc.constantFrom(...e.values),
        fc.array(
          fc.oneof(
            lookupObservation(`xs[${i}]`, e, { xs: "xs", o: "o" }),
            lookupObservation(`o[${k}]`, e, { xs: "xs", o: "o" }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([items, a, b, observations]) => {
        const decls = [
          `const xs: (${e.type})[] = [${items.join(", ")}];`,
          `const o: Record<string, ${e.type}> = { a: ${a}, b: ${b} };`,
        ];
        const read = (l: string) => (e.object ? `${l}?.v` : l);
        const zero = e.type === "string" ? '""' : "0";
        const extra: string[] = [];
        // Keys and indices known only when evaluated, read in a function; a block scope shadows a name.
        if (shape === 0) extra.push(`((k: string) => ${read("o[k]")} ?? ${d})(${k2})`);
        if (shape === 1) extra.push(`((n: number) => ${read("xs[n]")} ?? ${d})(${j})`);
        if (shape === 2) {
          decls.push(
            `function f(n: number) { const a = ${read("xs[n]")} ?? ${d}; { const a = ${read("xs[n + 1]")} ?? ${zero}; if (a !== ${zero}) return a; } return a; }`,
          );
          extra.push(`f(${i})`, `f(${j})`);
        }
        if (shape === 3) {
          // The lookup's miss is observed where it is read (a miss that leaves a function typed as present fails
          // in Nix, see README "Semantics you should know").
          decls.push(`const get = (r: Record<string, ${e.type}>, k: string) => ${read("r[k]")} ?? ${d};`);
          extra.push(`get(o, ${k2})`, `get({}, "a")`);
        }
        return `${decls.join("\n")}\nexport default [${[...observations, ...extra].join(", ")}];\n`;
      }),
  );

// --- 3. members set to undefined inside functions, seen through wider and narrower object types ----------------

type Maker = "explicit" | "optional-parameter" | "generic" | "unknown" | "plain";

const MAKERS: Record<Maker, string> = {
  explicit: "const mk = (v: number | undefined) => ({ a: v, b: 1 });",
  "optional-parameter": "function mk(v?: number) { return { a: v, b: 2 }; }",
  generic: "const mk = <T,>(v: T) => ({ a: v, b: 3 });",
  unknown: "const mk = (v: unknown) => ({ a: v, b: 4 });",
  plain: "const mk = (v: number | undefined) => ({ a: v ?? 0, b: 5, c: 6 });",
};

const VIEWS = [
  "",
  ": { b: number }",
  ": { a?: number | undefined; b: number }",
  ": {}",
  ": Record<string, unknown>",
  ": { b: number; a?: unknown }",
];

/** Observations of `w` (the value through a view) that type-check whatever the view is. */
const memberObservations = [
  "JSON.stringify(w)",
  "Object.keys(w).length",
  "Object.keys(w)",
  "{ ...w }",
  "{ a: 7, ...w }",
  "{ ...w, c: 8 }",
  "Object.assign({}, { a: 9 }, w)",
  'Object.hasOwn(w, "a")',
  "Object.values(w).length",
  "mk(x).a ?? 0",
  "mk(x).a === undefined",
  "mk(x).b",
  "[w].length",
];

export const memberViewPrograms: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom<Maker>("explicit", "optional-parameter", "generic", "unknown", "plain"),
    fc.constantFrom(...VIEWS),
    fc.constantFrom("undefined", "1", "0", "null"),
    fc.array(fc.constantFrom(...memberObservations), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([maker, view, argument, observed, throughFunction]) => {
    let viewType = view;
    let observations = observed;
    // null reaches only the makers whose parameter admits it.
    const arg =
      argument === "null" && (maker === "explicit" || maker === "optional-parameter" || maker === "plain")
        ? "undefined"
        : argument;
    const xType = maker === "generic" || maker === "unknown" ? "unknown" : "number | undefined";
    // A view with `a?: number | undefined` takes only makers whose `a` is a number; without a view, `a` is
    // required in `w`'s type and `{ a: 7, ...w }` would not type-check.
    if (viewType.includes("a?: number") && xType === "unknown") viewType = VIEWS[1]!;
    if (viewType === "")
      observations = observations.map((o) => o.replace("{ a: 7, ...w }", "{ d: 7, ...w }"));
    const decls = [MAKERS[maker], `const x: ${xType} = ${arg};`];
    // The view is taken by a declaration, or by a function's parameter (a narrower type seen through a call).
    if (throughFunction && viewType !== "") {
      decls.push(`const see = (w${viewType}) => [${observations.join(", ")}];`);
      return `${decls.join("\n")}\nexport default see(mk(x));\n`;
    }
    decls.push(`const w${viewType} = mk(x);`);
    return `${decls.join("\n")}\nexport default [${observations.join(", ")}];\n`;
  });
