// Refuses changing an array inside a `for … of` loop over it (TSNIX1135): JS iterates over what is added.
const f = () => {
  const xs = [1, 2];
  for (const x of xs) {
    if (x < 2) xs.push(x + 10);
  }
  return xs;
};
export default f();
