// The `tsnix` library: what configuration code imports.
export * from "./definitions.js";
export * from "./option-sets.js";
export * from "./typings/value-types.js";
export * from "./modules/option-types.js";
export * from "./modules/options.js";
export * from "./modules/config-values.js";
export * from "./modules/modules.js";
export * from "./modules/hosts.js";
export * from "./modules/flakes.js";
export * from "./nix/paths.js";
export * from "./nix/raw-nix.js";
export * from "./nix/pkgs.js";
export * from "./nix/lib.js";
export * from "./nix/builtins.js";
export * from "./flakes/inputs.js";
export * from "./flakes/nixpkgs-modules.js";
export * from "./flakes/secrets.js";
