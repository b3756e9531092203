// Refuses assignments and updates inside expressions (TSNIX1102).
const f = (xs: number[]) => {
  let i = 0;
  let last = 0;
  const first = xs[i++];
  if ((last = xs.length) > 2) return first;
  return last;
};
export default f([1, 2, 3]);
