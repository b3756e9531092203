// Refuses String members without an exact Nix equivalent: localeCompare (TSNIX1400).
export default { order: ["b", "a"].toSorted((x, y) => x.localeCompare(y)) };
