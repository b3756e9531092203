// Refuses a function made in a loop turn that reads a variable a later turn changes (TSNIX1132).
const f = (xs: number[]) => {
  let total = 0;
  const readers: (() => number)[] = [];
  for (const x of xs) {
    total += x;
    readers.push(() => total);
  }
  return readers.map((r) => r());
};
export default f([1, 2]);
