// Pins `===`/`!==` on primitives: numbers (1 === 1.0), strings, booleans and comparisons with null.
const lookup = (k: string): string | null => (k === "nas" ? "10.0.0.3" : null);
const same = (a: string, b: string) => [a === b, a !== b];
const bools = (a: boolean, b: boolean) => a === b;
const half: number = 1 / 2;
export default {
  numbers: [1 === 1.0, 0.5 === half, -0 === 0, half !== 0.5],
  strings: [same("nas", "nas"), same("nas", "NAS"), same("", "")],
  booleans: [bools(true, true), bools(true, false)],
  nulls: [lookup("nas") === null, lookup("pi") === null, lookup("pi") !== null],
  mixedTypes: [lookup("nas") === "10.0.0.3", lookup("pi") === "10.0.0.3"],
};
