// Refuses `.push` on an array held in a variable (TSNIX1210).
const ports = [22, 80];
const add = (p: number) => ports.push(p);
export default { added: add(443) };
