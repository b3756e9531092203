// Pins `break` and `continue` in `for … of`: the fold's state carries a `done` flag after a break.
const budget = (sizes: number[], limit: number) => {
  let used = 0;
  let taken = 0;
  for (const size of sizes) {
    if (size === 0) continue;
    if (used + size > limit) break;
    used += size;
    taken++;
  }
  return { used, taken };
};
const firstOver = (values: number[], threshold: number) => {
  let found = -1;
  for (const v of values) {
    if (v > threshold) {
      found = v;
      break;
    }
  }
  return found;
};
export default {
  a: budget([10, 0, 20, 30, 5], 40),
  b: budget([], 10),
  c: firstOver([1, 5, 9, 12], 6),
  d: firstOver([1], 6),
};
