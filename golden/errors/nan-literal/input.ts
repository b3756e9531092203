// Refuses NaN (TSNIX1214): Nix has no NaN value it can print as JSON like JS.
const ratio = (n: number) => (n === 0 ? NaN : 1 / n);
export default { r: ratio(4) };
