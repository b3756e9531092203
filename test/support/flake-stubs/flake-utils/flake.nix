# A stand-in for numtide/flake-utils (not among the fixtures) with the two functions deploy-rs and colmena call:
# `eachSystem systems f` turns `f system`'s `{ name = value; }` into `{ name.${system} = value; }`.
{
  outputs =
    { self }:
    {
      lib = rec {
        defaultSystems = [
          "x86_64-linux"
          "aarch64-linux"
          "x86_64-darwin"
          "aarch64-darwin"
        ];
        eachSystem =
          systems: f:
          builtins.foldl' (
            acc: system:
            acc // builtins.mapAttrs (name: value: (acc.${name} or { }) // { ${system} = value; }) (f system)
          ) { } systems;
        eachDefaultSystem = eachSystem defaultSystems;
      };
    };
}
