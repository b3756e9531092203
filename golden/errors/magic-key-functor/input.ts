// Refuses the `__functor` key (TSNIX1213): it makes a Nix attribute set callable.
export default { __functor: "x", name: "nas" };
