// Refuses `while` loops (TSNIX1104).
const countdown = (n: number): number[] => {
  while (n > 100) {
    return [n];
  }
  return [];
};
export default countdown(3);
