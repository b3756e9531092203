// Refuses callbacks that use the third (array) parameter (TSNIX1216).
const ports = [22, 80, 22];
export default { unique: ports.filter((p, i, all) => all.indexOf(p) === i) };
