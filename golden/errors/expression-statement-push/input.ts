// Refuses an expression statement whose value is discarded (TSNIX1110).
const add = (xs: number[]) => {
  xs.push(1);
  return xs;
};
export default add([]);
