{
  description = "Scheduled jobs as systemd services and timers";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-20.09";
  outputs = { self, nixpkgs }: {
    nixosConfigurations.worker = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/worker.nix ];
    };
  };
}
