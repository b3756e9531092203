{
  description = "Prometheus, Loki and Grafana on one host";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-20.09";
  outputs = { self, nixpkgs }: {
    nixosConfigurations.watchtower = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/watchtower.nix ];
    };
  };
}
