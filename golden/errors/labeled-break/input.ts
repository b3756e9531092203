// Refuses labeled `break`/`continue` (TSNIX1116).
const f = (rows: number[][]) => {
  let found = 0;
  outer: for (const row of rows) {
    for (const x of row) {
      if (x > 5) {
        found = x;
        break outer;
      }
    }
  }
  return found;
};
export default f([[1, 9]]);
