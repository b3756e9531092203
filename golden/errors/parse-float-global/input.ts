// Refuses global functions without an exact Nix equivalent: parseFloat (TSNIX1303).
export default { n: parseFloat("4.5") };
