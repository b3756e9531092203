// Refuses `%` on non-integer numbers (TSNIX1211).
export default { r: 5.5 % 2 };
