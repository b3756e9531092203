// Definedness and presence (issue 12, causes 9–15, 19, 23, 25): Nix has one null for JS's null and undefined, and
// tsnix leaves members holding undefined out of attribute sets. Where the type says which one a null was, the answer
// is exact; where it does not (any, unknown, generics, lookups that may miss, lists that may hold both), tsnix
// refuses with a code or stops when evaluated. Each cause with variants through wider and narrower type views.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("undefined-valued members created inside functions (cause 9)", [
  {
    name: "Object.assign of a member set to undefined inside a function",
    source:
      "const mk = (v: number | undefined) => ({ a: v });\nexport default Object.assign({}, { a: 1 }, mk(undefined));",
    expect: "TSNIX1225",
  },
  {
    name: "Object.assign of sources that cannot erase",
    source:
      "const mk = (v: number | undefined) => ({ b: v });\nexport default [Object.assign({}, { a: 1 }, mk(undefined), { c: 3 }), Object.assign({}, mk(2), { a: 1 })];",
    expect: "same",
  },
  {
    name: "a spread of a function's result with an undefined member",
    source:
      "function mk(v?: number) { return { a: v }; }\nexport default [{ ...{ a: 1 }, ...mk() }, JSON.stringify(mk())];",
    expect: "TSNIX1225",
  },
  {
    name: "a generic member holding undefined",
    source: "const mk = <T,>(v: T) => ({ a: v });\nexport default JSON.stringify(mk(undefined));",
    expect: "stops",
  },
  {
    name: "a generic member holding a value, and its keys",
    source:
      'const mk = <T,>(v: T) => ({ a: v, b: 1 });\nexport default [mk(2), mk("x"), Object.keys(mk(0)).length];',
    expect: "same",
  },
  {
    name: "an unknown member holding null",
    source: "const f = (x: unknown) => ({ k: x });\nexport default JSON.stringify(f(null));",
    expect: "stops",
  },
  {
    name: "a missing member of JSON.parse's any put into an object",
    source: "const v = JSON.parse('{\"a\":1}');\nexport default { x: v.zz, y: v.a };",
    expect: "stops",
  },
  {
    name: "shorthand members typed unknown",
    source: 'function f(k: unknown) { return { k }; }\nexport default [f(1), f("s"), f([1])];',
    expect: "same",
  },
  {
    name: "an any member that may be undefined, tested by presence",
    source:
      "const f = (x: any) => ({ k: x });\nconst o: any = f(undefined);\nexport default o.k === undefined;",
    expect: "stops",
  },
]);

describeEvalCases("optional members that may be null, compared with == null (cause 10)", [
  {
    name: "x.a == null on a missing optional nullable member",
    source: "type T = { a?: number | null };\nconst x: T = {};\nexport default x.a == null;",
    expect: "same",
  },
  {
    name: "loose and strict tests of present null, missing and present values",
    source:
      "type T = { a?: number | null };\nconst xs: T[] = [{}, { a: null }, { a: 2 }];\n" +
      "export default xs.map((x) => [x.a == null, x.a != null, x.a === null, x.a === undefined, x.a !== undefined]);",
    expect: "same",
  },
  {
    name: "through a function parameter and a wider view",
    source:
      "type T = { a?: number | null; b: number };\nconst f = (x: T) => x.a == null;\nconst w = { b: 1 };\nexport default [f(w), f({ b: 2, a: null }), f({ b: 3, a: 0 })];",
    expect: "same",
  },
]);

describeEvalCases("null vs undefined through unknown, any and generics (cause 11)", [
  {
    name: "unknown === undefined given null",
    source: "const f = (x: unknown) => x === undefined;\nexport default f(null);",
    expect: "stops",
  },
  {
    name: "unknown === null given undefined",
    source: "const f = (x: unknown) => x === null;\nexport default f(undefined);",
    expect: "stops",
  },
  {
    name: "generic !== undefined given null",
    source: "const f = <T,>(x: T) => x !== undefined;\nexport default f(null);",
    expect: "stops",
  },
  {
    name: "any === undefined given a value",
    source: 'const f = (x: any) => [x === undefined, x !== null];\nexport default [f(1), f("a"), f([])];',
    expect: "same",
  },
  {
    name: "unknown == null stays exact",
    source: 'const f = (x: unknown) => x == null;\nexport default [f(null), f(undefined), f(0), f("")];',
    expect: "same",
  },
  {
    name: "a generic constrained to exclude null",
    source:
      "const f = <T extends number | undefined>(x: T) => x === undefined;\nexport default [f(undefined), f(3)];",
    expect: "same",
  },
  {
    name: "typeof of unknown given undefined",
    source: "const f = (x: unknown) => typeof x;\nexport default f(undefined);",
    expect: "stops",
  },
  {
    name: "typeof tests of unknown values that are not null",
    source:
      'const f = (x: unknown) => [typeof x === "object", typeof x === "undefined", typeof x];\nexport default [f(1), f("s"), f([1]), f({ a: 1 }), f(true)];',
    expect: "same",
  },
  {
    name: "typeof x === 'object' of a generic null",
    source: 'const f = <T,>(x: T) => typeof x === "object";\nexport default f(null);',
    expect: "stops",
  },
  {
    name: "members of JSON.parse's any: missing, null and present",
    source:
      'const v = JSON.parse(\'{"a":null,"b":1}\');\nexport default [v.a === undefined, v.zz === undefined, v.a === null, v.zz === null, v.b !== undefined, v.b === null];',
    expect: "same",
  },
  {
    name: "a switch on unknown with case undefined",
    source:
      "const f = (x: unknown) => { switch (x) { case undefined: return 1; default: return 2; } };\nexport default f(null);",
    expect: "TSNIX1208",
  },
]);

describeEvalCases("typeof of a lookup that misses (cause 12)", [
  {
    name: "typeof a Record miss",
    source: 'const o: Record<string, number> = { a: 1 };\nexport default [typeof o["zzz"], typeof o["a"]];',
    expect: "same",
  },
  {
    name: "typeof an array index out of range",
    source:
      'const xs: number[] = [];\nconst ys = ["a"];\nexport default [typeof xs[0], typeof ys[0], typeof ys[3]];',
    expect: "same",
  },
  {
    name: "typeof a Record miss with a key known when evaluated",
    source:
      'const o: Record<string, string> = { a: "x" };\nconst f = (k: string) => typeof o[k] === "undefined";\nexport default [f("a"), f("b")];',
    expect: "same",
  },
  {
    name: "typeof a lookup of a nullable value that is null",
    source: 'const o: Record<string, number | null> = { a: null };\nexport default typeof o["a"];',
    expect: "stops",
  },
  {
    name: "a lookup that misses compared with null",
    source:
      'const xs: number[] = [1];\nconst o: Record<string, boolean> = {};\nexport default [xs[5] === null, o["q"] === null, xs[0] === null, xs[5] !== null];',
    expect: "same",
  },
]);

describeEvalCases("includes/indexOf of undefined on lists holding null (cause 13)", [
  {
    name: "includes(undefined) on a list holding null",
    source: "const xs: (number | null | undefined)[] = [null];\nexport default xs.includes(undefined);",
    expect: "stops",
  },
  {
    name: "indexOf(null) on a list holding undefined",
    source: "const xs: (number | null | undefined)[] = [1, undefined];\nexport default xs.indexOf(null);",
    expect: "stops",
  },
  {
    name: "searches that cannot confuse the two",
    source:
      "const xs: (number | null | undefined)[] = [1, 2];\nconst ys: (number | undefined)[] = [undefined, 1];\nconst zs: (string | null)[] = [null];\n" +
      "export default [xs.includes(undefined), xs.indexOf(null), xs.includes(2), ys.includes(undefined), ys.indexOf(undefined), zs.includes(null), zs.lastIndexOf(null)];",
    expect: "same",
  },
  {
    name: "a generic list searched for undefined",
    source:
      "const has = <T,>(xs: T[], x: T) => xs.includes(x);\nexport default [has([1, 2], 2), has<number | null | undefined>([null], undefined)];",
    expect: "TSNIX1201",
  },
]);

describeEvalCases("destructuring defaults and null elements (cause 14)", [
  {
    name: "a default for an undefined element",
    source: "const xs: (number | undefined)[] = [undefined];\nconst [a = 1] = xs;\nexport default a;",
    expect: "same",
  },
  {
    name: "defaults for missing, undefined and present elements",
    source:
      "const xs: (number | undefined)[] = [undefined, 5];\nconst [a = 1, b = 2, c = 3] = xs;\nexport default [a, b, c];",
    expect: "same",
  },
  {
    name: "a null element keeps its null",
    source: "const xs: (number | null)[] = [null];\nconst [a = 1, b = 2] = xs;\nexport default [a, b];",
    expect: "same",
  },
  {
    name: "an element that may be null or undefined",
    source: "const xs: (number | null | undefined)[] = [null];\nconst [a = 1] = xs;\nexport default a;",
    expect: "stops",
  },
  {
    name: "a tuple element and a destructured parameter",
    source:
      "const f = ([a = 7, b = 8]: [number | undefined, number?]) => a + b;\nexport default [f([undefined]), f([1, 2])];",
    expect: "same",
  },
  {
    name: "a generic element with a default",
    source:
      "function first<T>(xs: T[], d: T): T { const [a = d] = xs; return a; }\nexport default [first([3], 0), first<number | null>([null], 0)];",
    expect: "stops",
  },
  {
    name: "callbacks destructuring pairs with defaults",
    source:
      'const ps: [string, number | undefined][] = [["a", undefined], ["b", 2]];\nexport default ps.map(([k, v = 0]) => `${k}${v}`);',
    expect: "same",
  },
]);

describeEvalCases("keys inherited from Object.prototype (cause 15)", [
  {
    name: "a Record read at constructor through a const",
    source:
      'const o: Record<string, number> = { a: 1 };\nconst k = "constructor";\nexport default o[k] !== undefined;',
    expect: "TSNIX1232",
  },
  {
    name: "a Record read at toString by a literal",
    source: 'const o: Record<string, number> = {};\nexport default o["toString"] ?? 0;',
    expect: "TSNIX1232",
  },
  {
    name: "a Record read by property name hasOwnProperty",
    source: "const o: Record<string, string> = {};\nexport default o.hasOwnProperty === undefined;",
    expect: "TSNIX1232",
  },
  {
    name: "keys known when evaluated: a miss with an inherited name stops",
    source:
      'const o: Record<string, number> = { a: 1 };\nconst get = (k: string) => o[k] ?? -1;\nexport default [get("a"), get("b"), get("__proto__")];',
    expect: "stops",
  },
  {
    name: "keys known when evaluated: own members and plain misses",
    source:
      'const o: Record<string, number> = { a: 1, constructor: 2 } as Record<string, number>;\nconst get = (k: string) => o[k] ?? -1;\nexport default [get("a"), get("b"), get("constructor")];',
    expect: "same",
  },
  {
    name: "a declared member named like a prototype member",
    source: 'const o: { toString: number } = { toString: 3 };\nexport default o.toString + o["toString"];',
    expect: "same",
  },
]);

describeEvalCases("{} and Object admit primitives in truthiness (cause 19)", [
  {
    name: "{} given 0, '' and false",
    source: 'const f = (x: {}) => (x ? "t" : "f");\nexport default [f(0), f(""), f(false), f(1), f({})];',
    expect: "same",
  },
  {
    name: "Object, weak types and generics constrained to {}",
    source:
      'const g = (x: Object) => !x;\nconst h = (x: { toFixed?: unknown }) => (x ? 1 : 2);\nconst k = <T extends {}>(x: T) => x && "y";\n' +
      'export default [g(0), g("a"), h(0), h({}), k(""), k(5)];',
    expect: "same",
  },
  {
    name: "a type with a member that a string has",
    source: 'const f = (x: { length: number }) => (x ? 1 : -1);\nexport default [f(""), f("ab"), f([1])];',
    expect: "same",
  },
]);

describeEvalCases("parameter defaults and null from context (cause 23)", [
  {
    name: "a default typed null by a function type",
    source:
      "type F = (x: number | null) => number | null;\nconst f: F = (x = 5) => x;\nexport default f(null);",
    expect: "TSNIX1208",
  },
  {
    name: "a default in a callback whose context admits null",
    source:
      "const g = (cb: (x: number | null) => number | null) => cb(null);\nexport default g((x = 7) => x);",
    expect: "TSNIX1208",
  },
  {
    name: "a default of a generic parameter",
    source: "const f = <T,>(x: T | number = 5) => x;\nexport default f(null);",
    expect: "TSNIX1208",
  },
  {
    name: "a default of an unknown parameter",
    source: "function f(x: unknown = 1) { return x; }\nexport default f();",
    expect: "TSNIX1208",
  },
  {
    name: "defaults whose context admits only undefined",
    source:
      'type F = (x?: number) => number;\nconst f: F = (x = 5) => x * 2;\nconst g = (cb: (a: string, b?: string) => string) => cb("a") + cb("b", "c");\n' +
      'export default [f(), f(2), g((a, b = "-") => a + b)];',
    expect: "same",
  },
]);

describeEvalCases("?. and ?? after lookups typed as present (cause 25)", [
  {
    name: "xs[0]?.v ?? 0 on an empty list",
    source: "const xs: { v: number }[] = [];\nexport default xs[0]?.v ?? 0;",
    expect: "same",
  },
  {
    name: "record lookups behind ?. with ??, || and === undefined",
    source:
      "const o: Record<string, { v: number }> = { a: { v: 0 } };\n" +
      'export default [o["q"]?.v ?? 3, o["a"]?.v ?? 3, o["q"]?.v || 4, o["q"]?.v === undefined, o["a"]?.v === undefined];',
    expect: "same",
  },
  {
    name: "a lookup behind ?. compared with null, not null itself",
    source:
      "const xs: { v: number | null }[] = [{ v: 1 }];\nexport default [xs[0]?.v === null, xs[0]?.v !== null];",
    expect: "same",
  },
  {
    name: "a lookup behind ?. that is null: a miss or a null member",
    source: "const xs: { v: number | null }[] = [{ v: null }];\nexport default xs[3]?.v === null;",
    expect: "stops",
  },
  {
    name: "a function reading an index that may miss",
    source:
      'const firstLen = (xs: string[]) => xs[0]?.length ?? -1;\nexport default [firstLen([]), firstLen(["abc"])];',
    expect: "same",
  },
  {
    name: "a lookup in a block with a shadowing name",
    source:
      "const f = (xs: number[][]) => { const a = xs[0]; { const a = xs[1]?.[0] ?? 9; return a; } };\nexport default [f([[1]]), f([[1], [2]])];",
    expect: "same",
  },
]);

describeEvalCases("members set to undefined, hidden by a wider view (cause 9, width subtyping)", [
  {
    name: "an annotated declaration that hides the member",
    source:
      "const mk = (v: number | undefined) => ({ a: v, b: 1 });\nconst w: { b: number } = mk(undefined);\nexport default Object.keys(w);",
    expect: "TSNIX1233",
  },
  {
    name: "a parameter typed {} that hides the member",
    source:
      'function mk(v?: number) { return { a: v, b: 2 }; }\nconst see = (w: {}) => Object.hasOwn(w, "a");\nexport default see(mk());',
    expect: "TSNIX1233",
  },
  {
    name: "a member's type widened to unknown",
    source:
      "const mk = (v: number | undefined) => ({ a: v, b: 1 });\nconst see = (w: { b: number; a?: unknown }) => ({ a: 7, ...w });\nexport default see(mk(undefined));",
    expect: "TSNIX1233",
  },
  {
    name: "an array of such objects seen as an array of narrower ones",
    source:
      "const mk = (v: number | undefined) => ({ a: v, b: 1 });\nconst ws: { b: number }[] = [mk(1), mk(undefined)];\nexport default ws.length;",
    expect: "TSNIX1233",
  },
  {
    name: "views that show the member, and reads of it",
    source:
      "const mk = (v: number | undefined) => ({ a: v, b: 1 });\nconst w: { a?: number | undefined; b: number } = mk(undefined);\n" +
      "const { a, b } = mk(undefined);\nexport default [w.a ?? 0, mk(undefined).a === undefined, mk(2).a, a ?? -1, b];",
    expect: "same",
  },
]);

describeEvalCases("truthiness of values that are objects or booleans (cause 19, siblings)", [
  {
    name: "an object, a boolean or null seen through a callback",
    source:
      "const f = (y: { a: number } | boolean | null) => [y].map((x) => (x ? 1 : 0))[0]!;\nexport default [f({ a: 2 }), f(false), f(true), f(null)];",
    expect: "same",
  },
  {
    name: "&& and || on an object or a boolean",
    source:
      "const f = (x: { a: number } | boolean) => [x && 1, x || 2, !x];\nexport default [f({ a: 0 }), f(false), f(true)];",
    expect: "same",
  },
]);
