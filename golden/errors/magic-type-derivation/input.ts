// Refuses `type: "derivation"` (TSNIX1213): Nix tools would treat the set as a package.
export default { type: "derivation", name: "hello" };
