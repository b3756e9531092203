// Pins functions that read a changed variable once it no longer changes: they see its final version. A closure made
// in each turn of `for (let i …)` sees that turn's `i`, as in JS.
const f = (xs: number[]) => {
  let total = 0;
  for (const x of xs) total += x;
  const scale = (y: number) => y * total;
  const makers: (() => number)[] = [];
  for (let i = 0; i < 3; i++) makers.push(() => i * 10 + total);
  return [scale(2), ...makers.map((m) => m())];
};
export default f([1, 2, 3]);
