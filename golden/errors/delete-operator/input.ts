// Refuses `delete` (TSNIX1114).
const strip = (o: { a?: number; b: number }) => {
  const removed = delete o.a;
  return removed ? o : o;
};
export default strip({ a: 1, b: 2 });
