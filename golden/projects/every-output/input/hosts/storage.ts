// A storage server: secrets from sops-nix, disks laid out by disko, and alice's home from home-manager.
import { defineHost, inputs, sopsSecret } from "tsnix";
import alice from "../home/alice";
import monitoring from "../modules/monitoring";

export default defineHost({
  system: "x86_64-linux",
  modules: [
    monitoring,
    inputs["sops-nix"].nixosModules.sops,
    inputs.disko.nixosModules.disko,
    inputs["home-manager"].nixosModules["home-manager"],
  ],
  config: {
    networking: { hostName: "storage" },
    homelab: { monitoring: { enable: true } },
    sops: {
      defaultSopsFile: "/etc/secrets/storage.yaml",
      validateSopsFiles: false,
      secrets: { "restic-password": { owner: "root", mode: "0400" } },
    },
    services: {
      restic: {
        backups: { local: { repository: "/var/backup", paths: ["/srv"], passwordFile: sopsSecret("restic-password") } },
      },
    },
    disko: {
      devices: {
        disk: {
          main: {
            device: "/dev/sda",
            type: "disk",
            content: {
              type: "gpt",
              partitions: {
                ESP: { size: "512M", type: "EF00", content: { type: "filesystem", format: "vfat", mountpoint: "/boot" } },
                root: { size: "100%", content: { type: "filesystem", format: "ext4", mountpoint: "/" } },
              },
            },
          },
        },
      },
    },
    users: { users: { alice: { isNormalUser: true } } },
    "home-manager": { useGlobalPkgs: true, useUserPackages: true, users: { alice } },
    virtualisation: { vmVariant: { virtualisation: { memorySize: 2048 } } },
  },
  deployment: { targetHost: "storage.home.example.org", sshUser: "root", magicRollback: true, tags: ["storage"] },
});
