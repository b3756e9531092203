// Refuses an expression statement whose value is discarded (TSNIX1110): Nix has no side effects.
const names = ["a", "b"];
const f = () => {
  names.map((n) => n.toUpperCase());
  return names.length;
};
export default f();
