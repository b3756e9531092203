// Refuses using the result of a mutating method (TSNIX1138): push, pop… work as statements of their own.
const f = () => {
  const xs = [1, 2];
  const n = xs.push(3);
  return n + xs.length;
};
export default f();
