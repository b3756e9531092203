// JSON helpers (issue 12, causes 16–18): JSON.parse where builtins.fromJSON reads text differently (integers past
// 2^53, 1e400, NUL, lone surrogates, magic keys) — refused for text known now, stopped when evaluated otherwise;
// members of JSON.parse's `any` that are missing read as undefined; JSON.stringify of undefined and functions.
import { describeEvalCases } from "../../support/eval-cases.js";

const parse = "const parse = (s: string): unknown => JSON.parse(s);\n";

describeEvalCases("JSON.parse", [
  {
    name: "a literal integer beyond 2^53",
    source: 'export default JSON.parse("12345678901234567890");',
    expect: "TSNIX1214",
  },
  {
    name: "a literal 1e400",
    source: 'const n: number = JSON.parse("[1e400]")[0];\nexport default n;',
    expect: "TSNIX1214",
  },
  {
    name: "a literal with NUL",
    source: "export default JSON.parse('\"a\\\\u0000b\"');",
    expect: "TSNIX1223",
  },
  {
    name: "a literal with a lone surrogate key",
    source: "export default JSON.parse('{\"\\\\ud800\":1}');",
    expect: "TSNIX1223",
  },
  {
    name: "a literal with outPath",
    source: 'const text = \'{"outPath":"/x"}\';\nexport default JSON.parse(text);',
    expect: "TSNIX1213",
  },
  {
    name: "a literal with type = derivation",
    source: 'export default JSON.parse(\'[{"type":"derivation"}]\');',
    expect: "TSNIX1213",
  },
  {
    name: "run-time text: an integer beyond 2^53",
    source: `${parse}export default parse("12345678901234567890");`,
    expect: "stops",
  },
  {
    name: "run-time text: 2^53 + 1",
    source: `${parse}export default parse("[9007199254740993]");`,
    expect: "stops",
  },
  {
    name: "run-time text: a negative 20-digit integer",
    source: `${parse}export default parse("-98765432109876543210");`,
    expect: "stops",
  },
  {
    name: "run-time text: 1e400",
    source: `${parse}export default parse("{\\"a\\": 1e400}");`,
    expect: "stops",
  },
  { name: "run-time text: NUL", source: `${parse}export default parse('"a\\\\u0000b"');`, expect: "stops" },
  {
    name: "run-time text: a lone surrogate",
    source: `${parse}export default parse('["\\\\udc00x"]');`,
    expect: "stops",
  },
  {
    name: "run-time text: an escaped outPath key",
    source: `${parse}export default parse('{"out\\\\u0050ath":1}');`,
    expect: "stops",
  },
  {
    name: "run-time text: a nested __functor",
    source: `${parse}export default parse('[{"a":{"__functor":1}}]');`,
    expect: "stops",
  },
  {
    name: "run-time text read exactly: floats, small and big, pairs, escaped backslashes, magic words in strings",
    source:
      `${parse}export default [parse('{"a":[1,2.5,-0.75,"x\\\\u00e9",null,true]}'), parse("[123456789012345, 1e300, 1E-400, 12.5e3]"), ` +
      `parse('"\\\\ud83d\\\\ude00 1234567890123456789 outPath derivation"'), parse('{"type":"pkg","k":"derivation"}'), ` +
      `parse('"\\\\\\\\ud800"'), parse('{"a":1,"a":2}')];`,
    expect: "same",
  },
]);

describeEvalCases("members of JSON.parse's any", [
  {
    name: "a missing member with ?? (and a present null)",
    source:
      'const v = JSON.parse(\'{"a":1,"n":null}\');\nexport default [v.zz ?? "dflt", v.n ?? "was null", v.a ?? 0];',
    expect: "same",
  },
  {
    name: "missing members and elements read as undefined",
    source:
      'const v = JSON.parse(\'{"xs":[1,2]}\');\nconst w = JSON.parse("[5,6]");\nconst i: number = 1;\nconst k: string = "xs";\n' +
      'export default [v.zz, v["zz"], v.xs[i], v[k][0], w[0], w[9] ?? "out", v.xs?.[5] ?? "none", v.zz?.deep ?? "d"];',
    expect: "same",
  },
  {
    name: "destructuring missing members",
    source:
      'const { a, zz, yy = 3 } = JSON.parse(\'{"a":1}\');\nconst [x, y] = JSON.parse("[7]");\nexport default [a, zz ?? "none", yy, x, y ?? "no y"];',
    expect: "same",
  },
  { name: "length of any", source: 'export default JSON.parse("[1,2]").length;', expect: "TSNIX1231" },
  {
    name: "toString of any",
    source: 'const v = JSON.parse("{}");\nexport default v.toString === undefined;',
    expect: "TSNIX1231",
  },
  {
    name: "an index-like name of any",
    source: 'const v = JSON.parse("[1]");\nexport default v["0"];',
    expect: "TSNIX1231",
  },
  {
    name: "a computed Object.prototype key of any",
    source:
      'const v = JSON.parse("{}");\nconst k: string = "constructor";\nexport default v[k] === undefined;',
    expect: "stops",
  },
  {
    name: "indexing a string typed any",
    source: "const v = JSON.parse('\"abc\"');\nconst i: number = 0;\nexport default v[i];",
    expect: "stops",
  },
  {
    name: "in and hasOwn on any",
    source:
      'const v = JSON.parse(\'{"a":1}\');\nconst w = JSON.parse("[1]");\nconst k: string = "a";\n' +
      'export default ["a" in v, "b" in v, "a" in w, Object.hasOwn(v, "a"), Object.hasOwn(v, k), Object.hasOwn(JSON.parse("5"), k)];',
    expect: "same",
  },
  {
    name: "length in an array typed any",
    source: 'export default "length" in JSON.parse("[1]");',
    expect: "TSNIX1231",
  },
  {
    name: "hasOwn of an array typed any",
    source:
      'const has = (o: any, k: string) => Object.hasOwn(o, k);\nexport default has(JSON.parse("[1]"), "0");',
    expect: "stops",
  },
]);

describeEvalCases("JSON.stringify of undefined and functions", [
  { name: "undefined", source: "export default JSON.stringify(undefined);", expect: "TSNIX1230" },
  {
    name: "a value that may be undefined",
    source: "const f = (x?: string) => JSON.stringify(x);\nexport default f();",
    expect: "TSNIX1230",
  },
  { name: "a function", source: "export default JSON.stringify(() => 1);", expect: "TSNIX1230" },
  {
    name: "a function member",
    source: "export default JSON.stringify({ f: () => 1 });",
    expect: "TSNIX1230",
  },
  {
    name: "an array holding a function",
    source: "const fs = [(x: number) => x];\nexport default JSON.stringify(fs);",
    expect: "TSNIX1230",
  },
  {
    name: "undefined seen as unknown",
    source: 'const f = (x: unknown) => JSON.stringify(x);\nexport default f(undefined) ?? "u";',
    expect: "stops",
  },
  {
    name: "a function seen as unknown",
    source: "const f = (x: unknown) => JSON.stringify(x);\nexport default f({ g: () => 1 });",
    expect: "stops",
  },
  {
    name: "arrays holding undefined write null, as in Nix",
    source:
      "const xs: (number | undefined)[] = [1, undefined];\nexport default [JSON.stringify(xs), JSON.stringify([undefined, null])];",
    expect: "same",
  },
  {
    name: "a generic string or number",
    source: 'const f = <T,>(x: T) => JSON.stringify(x);\nexport default [f("s"), f(3), f([true])];',
    expect: "same",
  },
]);
