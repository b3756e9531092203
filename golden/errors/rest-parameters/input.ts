// Refuses rest parameters (TSNIX1109).
const sum = (...xs: number[]) => xs.length;
export default { n: sum(1, 2, 3) };
