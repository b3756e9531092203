// Exported names that change what a Nix attribute set is are refused however they are exported (TSNIX1320).
const path = "/srv";
export const outPath = path;
export { path as __toString };
export const type = "derivation";
export const name = "fine";
