// Refuses spread arguments to user functions (TSNIX1125).
const add = (a: number, b: number) => a + b;
const args: [number, number] = [1, 2];
export default { sum: add(...args) };
