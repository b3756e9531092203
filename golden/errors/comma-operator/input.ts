// Refuses the comma operator (TSNIX1118).
const f = (n: number) => n;
export default { v: (f(1), f(2)) };
