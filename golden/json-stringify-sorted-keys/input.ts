// Pins JSON.stringify of values whose keys are written in sorted order (Nix's toJSON sorts): nesting, arrays, escapes.
const level = "info";
export default {
  compact: JSON.stringify({
    bind: "0.0.0.0",
    log: { level, path: "/var/log/app \"x\".log" },
    port: 8080,
    tags: ["a", "b\nc"],
    tls: null,
    verbose: false,
  }),
  array: JSON.stringify([1, -2, "x", true, null]),
  string: JSON.stringify("tab\there"),
  number: JSON.stringify(42),
  empty: JSON.stringify({}),
  nested: JSON.stringify([{ a: 1, b: [{ c: "d" }] }]),
};
