// Pins user bindings named like Nix base-scope values (map, builtins, toString, derivation, __sub…) → renamed.
const map = { a: 1 };
const builtins = [1, 2];
const toString = (n: number) => `#${n}`;
const derivation = "drv";
const abort = "stop";
const isNull = false;
const __sub = 5;
const __lessThan = 1;
const removeAttrs = "r";
export default {
  map: map.a,
  builtins: builtins.length,
  str: toString(7),
  derivation: derivation,
  abort: `${abort}!`,
  isNull: !isNull,
  sub: __sub - 1,
  lt: __lessThan < 2,
  removeAttrs: removeAttrs,
  mapped: [1, 2].map((x) => x * 2),
};
