// Pins array literals with spreads (→ `++`), nested arrays and non-atomic elements that need parentheses.
const base = [22, 80];
const extra = [443, 8443];
const port = (n: number) => n + 8000;
export default {
  ports: [...base, ...extra, 9090],
  front: [1, ...base],
  elements: [port(1), -1, port(2) - 1, [3, 4], "a b", { p: 1 }],
  empty: [],
  nested: [[...base], []],
};
