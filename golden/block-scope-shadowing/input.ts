// Pins block scoping: a name declared in a nested block that an outer declaration also has gets its own Nix name,
// so code after the block (placed inside the block's `let`) still sees the outer one.
const f = () => {
  const a = 1;
  {
    const a = 2;
  }
  return a;
};
const g = (flag: boolean) => {
  const limit = 10;
  let total = 0;
  if (flag) {
    const limit = 3;
    total = limit;
    if (total > 100) return -1;
  }
  return limit + total;
};
const h = (xs: number[]) => {
  const x = 100;
  let out = 0;
  for (const x of xs) out += x;
  return out + x;
};
export default [f(), g(true), g(false), h([1, 2])];
