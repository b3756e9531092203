// Pins operator precedence and parenthesisation: subtraction chains, unary minus, mixed * / + -.
const a = 10;
const b = 4;
const c = 3;
export default {
  leftAssoc: a - b - c,
  rightGrouped: a - (b - c),
  negated: -(a + b),
  negMul: -a * b,
  mulAdd: a + b * c,
  grouped: (a + b) * c,
  doubleNeg: -(-a),
  minusNeg: a - -b,
  unaryPlus: +a,
  power: 2 ** 10,
  powerNeg: (-2) ** 3,
  powerRight: 2 ** 3 ** 2,
  cmp: a - b > c,
};
