// Refuses loops (TSNIX1104).
const first = (xs: number[]) => {
  for (const x of xs) {
    return x;
  }
  return 0;
};
export default { first: first([1, 2]) };
