// Pins self-recursive functions: factorial and a recursive walk building a list.
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const range = (from: number, to: number): number[] => (from > to ? [] : [from, ...range(from + 1, to)]);
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
export default { fact10: factorial(10), fact0: factorial(0), range: range(3, 7), gcd: gcd(1071, 462) };
