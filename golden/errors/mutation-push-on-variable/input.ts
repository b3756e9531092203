// Refuses `.push` from a function onto an array declared outside it (TSNIX1210).
const ports = [22, 80];
const add = (p: number) => ports.push(p);
export default { added: add(443) };
