// Refuses reaching a declaration that depends on changed variables before it stands (TSNIX1136).
const f = () => {
  let x = 1;
  x++;
  const g = () => y;
  const y = x * 2;
  return g();
};
export default f();
