// Refuses changing a variable from a callback (TSNIX1130).
const f = (xs: number[]) => {
  let total = 0;
  const doubled = xs.map((x) => {
    total += x;
    return x * 2;
  });
  return total + doubled.length;
};
export default f([1, 2]);
