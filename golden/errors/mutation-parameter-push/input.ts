// Refuses changing a parameter's array in place (TSNIX1134): the caller would see the change.
const add = (xs: number[]) => {
  xs.push(1);
  return xs;
};
export default add([]);
