// Refuses the in-place `.sort` on an array held in a variable (TSNIX1210): use toSorted.
const ports = [443, 22, 80];
export default { sorted: ports.sort((a, b) => a - b) };
