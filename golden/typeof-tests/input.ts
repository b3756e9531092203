// Pins typeof tests on union-typed values: string/number/boolean/object/function, and typeof as a value.
type Setting = string | number | boolean | string[] | { nested: string } | null;
const describe = (v: Setting): string => {
  if (typeof v === "string") return `str:${v}`;
  if (typeof v === "number") return "num";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (v === null) return "null";
  if (Array.isArray(v)) return `list:${v.length}`;
  return `attrs:${v.nested}`;
};
const settings: Setting[] = ["x", 1, 2.5, true, false, ["a", "b"], { nested: "n" }, null];
const f = (x: number) => x;
export default {
  described: settings.map(describe),
  names: settings.map((s) => typeof s),
  fn: typeof f,
  notObject: typeof "x" === "object",
};
