// Pins mutually recursive functions (Nix's recursive `let` makes them visible to each other).
const isEven = (n: number): boolean => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n: number): boolean => (n === 0 ? false : isEven(n - 1));
interface Tree { name: string; children: Tree[] }
const count = (t: Tree): number => 1 + sum(t.children.map(count));
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const tree: Tree = { name: "root", children: [{ name: "a", children: [] }, { name: "b", children: [{ name: "c", children: [] }] }] };
export default { even10: isEven(10), odd7: isOdd(7), even3: isEven(3), nodes: count(tree) };
