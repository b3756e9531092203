// Pins counted `for` loops: `for (let i = a; i < b; i++)` whose bound the loop cannot change folds over the
// integers (`builtins.genList (i: i) n`, or jsRange a b); other `for` loops run step by step.
const zones = ["lan", "iot", "guest"];
const subnets: string[] = [];
for (let i = 0; i < zones.length; i++) subnets.push(`10.0.${i + 10}.0/24 ${zones[i]}`);
const squares = (from: number, to: number) => {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += i * i;
  return sum;
};
const evens: number[] = [];
for (let i = 0; i < 10; i += 2) evens.push(i);
const pairs = (n: number) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) out.push(`${i}-${j}`);
  }
  return out;
};
export default { subnets, squares: [squares(1, 3), squares(5, 2)], evens, pairs: pairs(3) };
