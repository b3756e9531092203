// `.sort()` and `.reverse()` mutate in JavaScript, which is invisible when nothing else refers to the array: a
// literal, a fresh library result, or a local const read only here. They compile to Nix's sort and a reversal.
const ports = [443, 22, 8080, 80];
const names = "web,db,cache".split(",");
const doubled = [1, 2, 3].map((p) => p * 2);
export default {
  ports: ports.sort((a, b) => a - b),
  names: names.sort(),
  descending: doubled.sort((a, b) => a - b).reverse(),
  keys: Object.keys({ zeta: 1, alpha: 2 }).sort(),
  literal: [3, 1, 2].reverse(),
};
