// Refuses labels and break (TSNIX1116).
const pick = (n: number): number => {
  found: {
    if (n > 0) break found;
    return 0;
  }
  return n;
};
export default { p: pick(3) };
