// Refuses case conversion of a literal with non-ASCII characters (TSNIX1207): Nix only maps ASCII.
export default { upper: "straße".toUpperCase() };
