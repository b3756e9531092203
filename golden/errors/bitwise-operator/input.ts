// Refuses bitwise operators (TSNIX1211): 32-bit in JS, 64-bit builtins.bitAnd in Nix.
const mask = (n: number) => n & 0xff;
export default { low: mask(0x1234) };
