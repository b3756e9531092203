import ./defaults.nix
