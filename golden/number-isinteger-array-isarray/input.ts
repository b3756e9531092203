// Pins Number.isInteger (ints, fractional and integral floats) and Array.isArray on union-typed values.
const cores = 6;
const values: (number | number[] | string)[] = [1, [2, 3], "x"];
export default {
  ints: [Number.isInteger(5), Number.isInteger(2.5), Number.isInteger(cores / 2), Number.isInteger(cores / 4)],
  arrays: values.map((v) => Array.isArray(v)),
  sizes: values.map((v) => (Array.isArray(v) ? v.length : -1)),
};
