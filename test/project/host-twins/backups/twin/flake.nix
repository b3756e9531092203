{
  description = "Restic backups with optional destinations";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-20.09";
  outputs = { self, nixpkgs }: {
    nixosConfigurations = {
      nas = nixpkgs.lib.nixosSystem { system = "x86_64-linux"; modules = [ ./hosts/nas.nix ]; };
      pi = nixpkgs.lib.nixosSystem { system = "aarch64-linux"; modules = [ ./hosts/pi.nix ]; };
    };
  };
}
