// Refuses globals without a Nix equivalent: Date.now() (TSNIX1400).
export default { now: Date.now() };
