// Refuses throwing a value that is not an Error or a string (TSNIX1122).
const check = (n: number): number => {
  if (n < 0) throw 42;
  return n;
};
export default { n: check(1) };
