import { defineHost, path } from "tsnix";
import backup from "../modules/backup";
import gitea from "../modules/gitea";

export default defineHost({
  system: "x86_64-linux",
  modules: [backup, gitea, path("./nas-hardware.nix")],
  config: {
    networking: { hostName: "nas" },
    services: { openssh: { enable: true } },
    homelab: {
      gitea: { enable: true, domain: "git.home.example.org" },
      backup: {
        enable: true,
        hostName: "nas",
        paths: ["/srv/photos", "/srv/documents"],
        keepDaily: 14,
        localDisk: "/mnt/usb-backup",
        sftp: { host: "u123456.your-storagebox.de", port: 23, user: "u123456" },
      },
    },
  },
});
