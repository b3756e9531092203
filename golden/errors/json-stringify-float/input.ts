// JSON.stringify of a fractional number: Nix prints 6 significant digits (TSNIX1204).
export default JSON.stringify({ load: 0.1 });
