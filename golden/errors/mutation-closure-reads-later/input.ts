// Refuses a function that reads a variable changed after the function is created (TSNIX1132): JS would show it
// the later value.
const f = () => {
  let n = 1;
  const get = () => n;
  n = 2;
  return get();
};
export default f();
