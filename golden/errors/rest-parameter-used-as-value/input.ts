// Refuses a rest parameter whose function is used as a value (TSNIX1109): a caller through that value would pass
// separate arguments, while the function takes its rest as one list. Also a function type with a rest parameter.
const sum = (...xs: number[]) => xs.length;
const twice = (f: (a: number, b: number) => number) => f(1, 2) * 2;
const apply = (f: (...xs: number[]) => number) => f(1, 2);
export default { n: twice(sum), m: apply((a, b) => a + b) };
