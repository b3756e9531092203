// Refuses a callback taking more parameters than tsnix passes for that method (TSNIX1216): .find passes only the
// element.
const ports = [22, 80, 443];
export default { second: ports.find((p, i) => i === 1 && p > 0) };
