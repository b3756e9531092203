// Refuses changing something inside a member of a local object (TSNIX1102).
const f = () => {
  const o = { a: { b: 1 } };
  o.a.b = 2;
  return o;
};
export default f();
