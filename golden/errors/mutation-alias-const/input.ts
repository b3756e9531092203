// Refuses changing an array in place after another name took a reference to it (TSNIX1133).
const f = () => {
  const xs: number[] = [];
  const ys = xs;
  xs.push(1);
  return ys;
};
export default f();
