{
  description = "Two machines sharing people and a tailnet";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-20.09";
  outputs = { self, nixpkgs }:
    let
      host = name: nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/${name}.nix ];
      };
    in
    {
      nixosConfigurations = nixpkgs.lib.genAttrs [ "alpha" "beta" ] host;
    };
}
