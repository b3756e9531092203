// Refuses `void` (TSNIX1115).
const f = (n: number) => n;
export default { v: void f(1) === undefined };
