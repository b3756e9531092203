// Refuses the `outPath` key (TSNIX1213): it changes how Nix converts the set to a string.
export default { outPath: "/nix/store/x", name: "nas" };
