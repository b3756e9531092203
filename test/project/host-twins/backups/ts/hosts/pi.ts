import { defineHost, path } from "tsnix";
import backup from "../modules/backup";

export default defineHost({
  system: "aarch64-linux",
  modules: [backup, path("./pi-hardware.nix")],
  config: {
    networking: { hostName: "pi" },
    services: { openssh: { enable: true } },
    homelab: {
      backup: {
        enable: true,
        hostName: "pi",
        paths: ["/var/lib/home-assistant"],
        s3: { bucket: "pi-backups", credentialsFile: "/etc/restic/s3.env" },
      },
    },
  },
});
