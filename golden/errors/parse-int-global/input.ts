// Refuses global functions without an exact Nix equivalent: parseInt (TSNIX1303).
export default { n: parseInt("42", 10) };
