// Refuses changing in place an array that did not start as a literal made here (TSNIX1137): the module-level
// array would keep the pushes of earlier calls in JS.
const base = [1, 2];
const f = () => {
  const xs = base;
  xs.push(3);
  return xs;
};
export default [f(), f()];
