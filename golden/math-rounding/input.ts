// Pins Math.round (halves toward +∞, incl. negatives), floor, ceil and trunc on floats and ints.
const xs = [2.5, -2.5, 1.4999, -0.4, 3.7, -3.7, 0.5, -0.5];
export default {
  round: xs.map((x) => Math.round(x)),
  floor: xs.map((x) => Math.floor(x)),
  ceil: xs.map((x) => Math.ceil(x)),
  trunc: xs.map((x) => Math.trunc(x)),
  onInts: [Math.round(7), Math.floor(-7), Math.ceil(3), Math.trunc(-3)],
  percent: Math.round((2 / 3) * 100),
};
