// Random option types and values of those types for generated module sets: mostly valid values, now and then one
// the option type refuses although TypeScript accepts it (a port beyond 65535, an empty nonEmptyStr), so that both
// sides must fail with the same error.
import fc from "fast-check";
import type { Def, DefValue, IntRange, OptionTree, OptionType, Scalar, Value } from "./module-set-model.js";

/** fast-check's in-test generator: `g(fc.integer, { min, max })`. */
export type Gen = fc.GeneratorValue;

export const pick = <T>(g: Gen, xs: readonly T[]): T => xs[g(fc.integer, { min: 0, max: xs.length - 1 })]!;
export const chance = (g: Gen, percent: number): boolean => g(fc.integer, { min: 0, max: 99 }) < percent;

const STRINGS = [
  "",
  "plain",
  "with space",
  'quote"d',
  "back\\slash",
  "dollar ${x}",
  "$",
  "two\nlines",
  "tab\there",
  "ümlaut",
  "a,b",
  "x",
];
const KEYS = ["a", "b", "c", "with space", "dash-ed", "0", "_u", "ä", "in", "x.y"];
const ENUM_POOL: readonly Scalar[] = ["a", "b", "c-d", 1, 2, true, null];
const RANGES: Readonly<Record<IntRange, readonly [number, number]>> = {
  unsigned: [0, 2 ** 40],
  positive: [1, 2 ** 40],
  u8: [0, 255],
  u16: [0, 65535],
  u32: [0, 4294967295],
  s8: [-128, 127],
  s16: [-32768, 32767],
  s32: [-2147483648, 2147483647],
};
const FLOATS = [0.5, 1.25, -3.75, 100.5, 2.5e-3];

/** How often a value is one the option type refuses (in percent). */
const INVALID = 1;

export function optionType(
  g: Gen,
  depth: number,
  makeTree: (g: Gen, depth: number) => OptionTree,
): OptionType {
  const leaf = depth <= 0 || chance(g, 55);
  if (leaf) return scalarType(g);
  switch (
    pick(g, ["nullOr", "listOf", "attrsOf", "lazyAttrsOf", "either", "oneOf", "uniq", "submodule"] as const)
  ) {
    case "either":
      return { t: "either", left: scalarType(g), right: optionType(g, depth - 1, makeTree) };
    case "oneOf":
      return { t: "oneOf", alternatives: [scalarType(g), scalarType(g), optionType(g, depth - 1, makeTree)] };
    case "submodule":
      return { t: "submodule", options: makeTree(g, depth - 1), form: chance(g, 35) ? "name" : "plain" };
    case "uniq":
      return { t: "uniq", elem: optionType(g, depth - 1, makeTree) };
    case "nullOr":
      return { t: "nullOr", elem: optionType(g, depth - 1, makeTree) };
    case "listOf":
      return { t: "listOf", elem: optionType(g, depth - 1, makeTree) };
    case "attrsOf":
      return { t: "attrsOf", elem: optionType(g, depth - 1, makeTree) };
    case "lazyAttrsOf":
      return { t: "lazyAttrsOf", elem: optionType(g, depth - 1, makeTree) };
  }
}

function scalarType(g: Gen): OptionType {
  const kind = pick(g, [
    "bool",
    "int",
    "str",
    "port",
    "float",
    "lines",
    "commas",
    "anything",
    "attrs",
    "nonEmptyStr",
    "singleLineStr",
    "separatedString",
    "strMatching",
    "ints",
    "between",
    "enum",
    "bool",
    "int",
    "str",
  ] as const);
  switch (kind) {
    case "separatedString":
      return { t: kind, separator: pick(g, [":", "", " ", "\n"]) };
    case "strMatching":
      return { t: kind, pattern: pick(g, ["[a-z]+", "[a-z ]*", ".*", "x|y"]) };
    case "ints":
      return { t: kind, range: pick(g, Object.keys(RANGES) as IntRange[]) };
    case "between": {
      const lowest = g(fc.integer, { min: -10, max: 10 });
      return { t: kind, lowest, highest: lowest + g(fc.integer, { min: 0, max: 20 }) };
    }
    case "enum": {
      const values = ENUM_POOL.filter(() => chance(g, 50));
      return { t: kind, values: values.length > 0 ? values : ["a"] };
    }
    default:
      return { t: kind };
  }
}

/** A plain value of the type (a default, an example, a value inside `anything`). */
export function plainValue(g: Gen, type: OptionType, depth = 2): Value {
  const member = (t: OptionType): Def => ({ d: "value", value: definedValue(g, t, depth - 1, member) });
  return toPlain(definedValue(g, type, depth, member));
}

function toPlain(v: DefValue): Value {
  if (v === null || typeof v !== "object") return v;
  if ("plain" in v) return v.plain;
  if ("list" in v) return v.list.map(toPlain);
  return { entries: v.attrs.map(([k, d]) => [k, d.d === "value" ? toPlain(d.value) : null] as const) };
  // (members made by plainValue are always plain values)
}

/**
 * A value of the type; the members of attrsOf values and submodules are definitions made by `member` (which may
 * wrap them in mk*).
 */
export function definedValue(
  g: Gen,
  type: OptionType,
  depth: number,
  member: (type: OptionType) => Def,
): DefValue {
  const invalid = chance(g, INVALID);
  switch (type.t) {
    case "bool":
      return chance(g, 50);
    case "int":
      return chance(g, 95) ? g(fc.integer, { min: -5, max: 100 }) : 2 ** 40 + 3;
    case "float":
      return invalid ? 3 : pick(g, FLOATS);
    case "port":
      return invalid ? 70000 : pick(g, [0, 22, 80, 443, 8080, 65535]);
    case "str":
    case "lines":
    case "commas":
    case "separatedString":
      return pick(g, STRINGS);
    case "nonEmptyStr":
      return invalid ? "" : pick(g, ["x", "non empty", "a b"]);
    case "singleLineStr":
      return invalid ? "two\nlines" : pick(g, ["one line", "x"]);
    case "strMatching":
      return invalid ? "NO MATCH 1" : pick(g, type.pattern === "x|y" ? ["x", "y"] : ["abc", "z"]);
    case "ints": {
      const [lo, hi] = RANGES[type.range];
      return invalid ? hi + 1 : pick(g, [lo, hi, Math.max(lo, Math.min(hi, 7))]);
    }
    case "between":
      return invalid ? type.highest + 1 : g(fc.integer, { min: type.lowest, max: type.highest });
    case "enum":
      return pick(g, type.values);
    case "anything":
    case "attrs":
      return { plain: anyValue(g, depth, type.t === "attrs") };
    case "nullOr":
      return chance(g, 25) ? null : definedValue(g, type.elem, depth, member);
    case "uniq":
      return definedValue(g, type.elem, depth, member);
    case "either":
      return definedValue(g, chance(g, 50) ? type.left : type.right, depth, member);
    case "oneOf":
      return definedValue(g, pick(g, type.alternatives), depth, member);
    case "listOf": {
      const n = depth <= 0 ? 0 : g(fc.integer, { min: 0, max: 3 });
      return { list: Array.from({ length: n }, () => definedValue(g, type.elem, depth - 1, member)) };
    }
    case "attrsOf":
    case "lazyAttrsOf": {
      const keys = depth <= 0 ? [] : KEYS.filter(() => chance(g, 12));
      return { attrs: keys.map((k) => [k, member(type.elem)] as const) };
    }
    case "submodule": {
      // Read-only options are set by their default only; those without a default must be defined.
      const leaves = type.options.entries.filter(
        ([, decl]) => !("kind" in decl) || (!decl.readOnly && (decl.default === undefined || chance(g, 60))),
      );
      return {
        attrs: leaves.map(
          ([k, decl]) => [k, member("kind" in decl ? decl.type : submoduleGroup(decl))] as const,
        ),
      };
    }
  }
}

/** A group inside a submodule's options, seen as a submodule of its own (its definition is a set of its options). */
function submoduleGroup(tree: OptionTree): OptionType {
  return { t: "submodule", options: tree, form: "group" };
}

function anyValue(g: Gen, depth: number, attrsOnly: boolean): Value {
  const kind = attrsOnly ? "attrs" : pick(g, ["scalar", "scalar", "list", "attrs"] as const);
  if (kind === "scalar" || depth <= 0) {
    if (attrsOnly) return { entries: [] };
    return pick(g, [1, "s", true, null, "two words", 0.5]);
  }
  if (kind === "list")
    return Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, () => anyValue(g, depth - 1, false));
  const keys = KEYS.filter(() => chance(g, 12));
  return { entries: keys.map((k) => [k, anyValue(g, depth - 1, false)] as const) };
}
