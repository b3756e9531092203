// Pins that names the compiler generates (let temporaries, helpers) never capture user bindings of the same name.
const value = 5;
const list = [9];
const jsNumberToString = (n: number) => `n=${n}`;
const orElse = (o: { a?: number | null }) => o.a ?? value;
const shifted = (xs: number[]) => xs.map((x, i) => x + i + list[0]!);
export default {
  fallback: orElse({}),
  present: orElse({ a: 0 }),
  shifted: shifted([1, 2]),
  user: jsNumberToString(3),
};
