// Keys that change what a Nix attribute set is (issue 12, cause 20): `outPath`, `__toString`, `__functor` and
// `type = "derivation"`, arriving through computed keys, Object.fromEntries, JSON.parse, mapped entries and
// shorthand members. Refused when known now; checked when evaluated where only the value can tell.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("magic keys", [
  {
    name: "a computed key through a const",
    source: 'const k = "outPath";\nexport default { x: { [k]: "/x", a: 1 } };',
    expect: "TSNIX1213",
  },
  {
    name: "a computed key whose literal type admits a magic name",
    source: 'const mk = (k: "a" | "__functor", v: number) => ({ [k]: v });\nexport default mk("a", 1);',
    expect: "TSNIX1213",
  },
  {
    name: "a computed key of type string",
    source: 'const mk = (k: string, v: string) => ({ [k]: v, a: 1 });\nexport default mk("__toString", "x");',
    expect: "stops",
  },
  {
    name: "a computed key through a generic",
    source: 'const mk = <V,>(k: string, v: V) => ({ [k]: v });\nexport default mk("outPath", 1);',
    expect: "stops",
  },
  {
    name: "a computed key and value making type = derivation",
    source: 'const mk = (k: string, v: string) => ({ [k]: v });\nexport default mk("type", "derivation");',
    expect: "stops",
  },
  {
    name: "type: a const holding derivation",
    source: 'const t = "derivation";\nexport default { type: t };',
    expect: "TSNIX1213",
  },
  {
    name: "type: a string parameter",
    source: 'const typed = (t: string) => ({ type: t });\nexport default typed("derivation");',
    expect: "stops",
  },
  {
    name: "type: a shorthand member",
    source: 'const short = (type: string) => ({ type });\nexport default short("derivation");',
    expect: "stops",
  },
  {
    name: "type: a value from JSON.parse's any",
    source: 'const v = JSON.parse(\'{"t":"derivation"}\');\nexport default { pkg: { type: v.t } };',
    expect: "stops",
  },
  {
    name: "Object.fromEntries with outPath",
    source: 'export default Object.fromEntries([["outPath", "x"]]);',
    expect: "stops",
  },
  {
    name: "Object.fromEntries with type = derivation",
    source:
      'const kv: [string, string][] = [["type", "derivation"]];\nexport default Object.fromEntries(kv);',
    expect: "stops",
  },
  {
    name: "mapped entries making type = derivation",
    source:
      'export default Object.fromEntries(Object.entries({ type: "a" }).map(([k, v]) => [k, "derivation"]));',
    expect: "stops",
  },
  {
    name: "plain keys and values cost nothing and stay exact",
    source:
      "const mk = (k: string, v: string) => ({ [k]: v, a: 1 });\nconst typed = (t: string) => ({ type: t });\n" +
      'const lit = (t: "a" | "b") => ({ type: t });\nconst n = (i: number) => ({ [i]: i });\n' +
      'export default [mk("b", "x"), typed("pkg"), lit("a"), n(3), Object.fromEntries([["type", "x"], ["k", "derivation"]]), ' +
      '{ ["__proto__" + "x"]: 1 }, Object.fromEntries(Object.entries({ type: "a" }).map(([k, v]) => [k, v + "!"]))];',
    expect: "same",
  },
]);
