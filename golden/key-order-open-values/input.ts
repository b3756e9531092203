// Pins JSON.stringify and Object.keys of values whose type does not fix their keys (width subtyping, generics,
// JSON.parse): each object in them is checked when evaluated to hold at most one key, so every order is the same.
const show = (x: { port: number }) => JSON.stringify(x);
const keysOf = (o: { name: string }) => Object.keys(o);
const wrap = <T,>(x: T) => JSON.stringify({ data: [x], kind: "v" });
export default {
  show: show({ port: 22 }),
  keys: keysOf({ name: "a" }),
  wrapped: wrap({ k: 1 }),
  parsed: JSON.stringify(JSON.parse('{"a":[1]}')),
  sortedLiteral: Object.keys({ a: 1, b: 2 }),
};
