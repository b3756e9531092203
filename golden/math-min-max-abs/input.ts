// Pins Math.min/max over arguments and a spread array, Math.abs and Math.sign on ints and floats.
const loads = [0.7, 2.5, 1.2];
const ports = [8080, 22, 443];
export default {
  min: Math.min(3, -1, 2),
  max: Math.max(3, -1, 2),
  mixed: Math.max(1, 2.5),
  spreadMax: Math.max(...ports),
  spreadMin: Math.min(...loads),
  abs: [Math.abs(-5), Math.abs(5), Math.abs(-2.5), Math.abs(0)],
  sign: [Math.sign(-3), Math.sign(0), Math.sign(7)],
  clamp: Math.min(Math.max(-20, 0), 10),
  pow: Math.pow(2, 16),
};
