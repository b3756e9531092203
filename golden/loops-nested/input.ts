// Pins nested loops: each has its own state; a `break` ends the inner loop only.
const scan = (rows: number[][]) => {
  let total = 0;
  const seen: number[] = [];
  for (const row of rows) {
    for (const x of row) {
      if (x < 0) break;
      total += x;
      seen.push(x);
    }
    if (total > 100) break;
  }
  return { total, seen };
};
export default [scan([[1, 2], [3, -1, 4], [200], [5]]), scan([])];
