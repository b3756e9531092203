// Pins JS `%` on integers: the sign follows the dividend (-7 % 3 is -1), unlike a modulo.
const values = [7, -7, 0, 13, -13];
export default {
  byThree: values.map((v) => v % 3),
  byMinusThree: values.map((v) => v % -3),
  literal: -7 % 3,
  evenPorts: [8080, 8081, 443, 22].filter((p) => p % 2 === 0),
  rotate: (5 + 3) % 4,
};
