// Pins Array.from({ length: n }, f) → builtins.genList, and Array.from(array, f).
const n = 4;
export default {
  indices: Array.from({ length: n }, (_, i) => i),
  addresses: Array.from({ length: 3 }, (_, i) => `10.0.0.${i + 10}`),
  zeroLength: Array.from({ length: 0 }, (_, i) => i),
  copies: Array.from({ length: 2 }, () => "x"),
  mapped: Array.from([1, 2, 3], (x) => x * x),
  withIndex: Array.from(["a", "b"], (x, i) => `${i}${x}`),
  length: [1, 2, 3].length,
};
