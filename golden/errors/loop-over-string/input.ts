// Refuses `for … of` over a string (TSNIX1401): JS iterates over code points.
const f = (s: string) => {
  let n = 0;
  for (const ch of s) if (ch === "a") n++;
  return n;
};
export default f("banana");
