// Pins TS identifiers that are Nix keywords (rec, inherit, assert, or, then, with-like) → renamed bindings.
const rec = { name: "record" };
const inherit = (x: number) => x + 1;
const assert = true;
const or = "either";
const then = 3;
const f = (rec: number, assert: number) => rec + assert;
export default { rec: rec.name, inherit: inherit(1), assert: assert, or: or, then: then + 1, f: f(1, 2) };
