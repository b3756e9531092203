// Key order (issue 12, causes 5–8): JS lists keys in insertion order, Nix sorts them. Only a fresh object literal
// says its order; an object type does not (width subtyping lets `{ b, a }` stand for `{ a }`), nor does `any`,
// `unknown` or a generic. Where the value alone can tell, objects with more than one key are stopped when
// evaluated; and the order must not leak through a callback's index.
import { describeEvalCases } from "../../support/eval-cases.js";

const wide = "const wide = { b: 1, a: 2 };\n";

describeEvalCases("key order: Object.keys/values/entries", [
  {
    name: "Object.keys of a parameter holding more keys than its type",
    source: `${wide}const f = (o: { a: number }) => Object.keys(o);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "Object.values through an empty object type",
    source: `${wide}const f = (o: {}) => Object.values(o);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "Object.entries through a generic",
    source: `${wide}const f = <T extends object>(o: T) => Object.entries(o);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "Object.keys of JSON.parse's any",
    source: `export default Object.keys(JSON.parse('{"b":1,"a":2}'));`,
    expect: "stops",
  },
  {
    name: "Object.keys through a function type view",
    source:
      `${wide}type Lister = (o: { a: number }) => string[];\nconst list: Lister = (o) => Object.keys(o);\n` +
      "export default list(wide);",
    expect: "stops",
  },
  {
    name: "a value with one key lists the same in any order, whatever its type",
    source:
      "const f = (o: { a: number }) => [Object.keys(o), Object.values(o), Object.entries(o)];\n" +
      "const g = (o: unknown) => Object.keys(o as object);\n" +
      "export default [f({ a: 1 }), g({ z: 2 }), g({}), Object.keys(JSON.parse('{\"k\":1}'))];",
    expect: "same",
  },
  {
    name: "a fresh literal whose keys are written sorted",
    source:
      "const o = { a: 1, b: 2, c: { z: 1 } };\nexport default [Object.keys(o), Object.entries({ x: 1, y: 2 })];",
    expect: "same",
  },
  {
    name: "a fresh literal whose keys are not written sorted",
    source: "export default Object.keys({ b: 1, a: 2 });",
    expect: "TSNIX1206",
  },
  {
    name: "integer-like keys come first in JS, ascending",
    source: 'export default Object.keys({ 10: "x", 9: "y" });',
    expect: "TSNIX1206",
  },
  {
    name: "integer-like keys that bytes sort the same way",
    source: 'export default [Object.keys({ 1: "x", 2: "y", a: 1 }), Object.keys({ ...{ a: 1 }, b: 2 })];',
    expect: "same",
  },
  {
    name: "a callback reading the index sees the order (some)",
    source: 'export default Object.keys({ b: 1, a: 2 }).some((k, i) => i === 0 && k === "b");',
    expect: "TSNIX1206",
  },
  {
    name: "a callback reading the index sees the order (map of a parameter)",
    source: `${wide}const f = (o: { a: number }) => Object.keys(o).map((k, i) => k + i);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "a callback reading the array sees the order (every)",
    source: "export default Object.values({ b: 1, a: 2 }).every((v, _i, all) => all[0] === 2 || v > 0);",
    expect: "TSNIX1206",
  },
  {
    name: "a callback passed by name may read the index whatever its type says",
    source:
      'const first: (k: string) => boolean = ((k: string, i?: number) => i === 0 && k === "b") as (k: string) => boolean;\n' +
      "export default Object.keys({ b: 1, a: 2 }).some(first);",
    expect: "TSNIX1206",
  },
  {
    name: "the entries' index leaks through Object.fromEntries",
    source:
      "const o = { b: 1, a: 2 };\nexport default Object.fromEntries(Object.entries(o).map(([k, v], i) => [k, i]));",
    expect: "TSNIX1206",
  },
  {
    name: "the entries' index leaks through a filter before Object.fromEntries",
    source:
      "const o = { b: 1, a: 2 };\nexport default Object.fromEntries(Object.entries(o).filter((_e, i) => i === 0));",
    expect: "TSNIX1206",
  },
  {
    name: "order-free consumers stay exact on any object",
    source:
      `${wide}const f = (o: { a: number }) => [Object.keys(o).length, Object.keys(o).includes("b"), ` +
      "Object.values(o).some((v) => v > 1), Object.keys(o).sort(), " +
      "Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v * 2]))];\nexport default f(wide);",
    expect: "same",
  },
]);

describeEvalCases("key order: JSON.stringify", [
  {
    name: "a parameter holding more keys than its type",
    source: `${wide}const f = (x: { b: number }) => JSON.stringify(x);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "a value typed unknown",
    source: `${wide}const f = (x: unknown) => JSON.stringify(x);\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "a generic value nested in a sorted literal",
    source: `${wide}const f = <T,>(x: T) => JSON.stringify({ a: 1, b: [x] });\nexport default f(wide);`,
    expect: "stops",
  },
  {
    name: "JSON.parse's any written back",
    source: `export default JSON.stringify(JSON.parse('{"b":1,"a":2}'));`,
    expect: "stops",
  },
  {
    name: "values with at most one key per object are written exactly, whatever their type",
    source:
      "const f = (x: { b: number }) => JSON.stringify(x);\nconst g = <T,>(x: T) => JSON.stringify({ a: x, b: [x] });\n" +
      'export default [f({ b: 1 }), g("s"), g([1, { k: 2 }]), JSON.stringify(JSON.parse(\'[1,{"a":2}]\'))];',
    expect: "same",
  },
  {
    // A generic member holding null may have been undefined (left out by JSON): see definedness.test.ts.
    name: "a generic member that is null",
    source: "const g = <T,>(x: T) => JSON.stringify({ a: x, b: [x] });\nexport default g(null);",
    expect: "stops",
  },
  {
    name: "a type that shows several keys is refused now",
    source:
      "const f = (x: { a: number; b: number }) => JSON.stringify(x);\nexport default f({ a: 1, b: 2 });",
    expect: "TSNIX1222",
  },
  {
    name: "integer-like keys ordered differently by bytes",
    source: 'export default JSON.stringify({ "2": 1, "10": 2 });',
    expect: "TSNIX1222",
  },
  {
    name: "integer-like keys ordered the same",
    source: 'export default JSON.stringify({ "1": 1, "2": 2, a: [3] });',
    expect: "same",
  },
]);
