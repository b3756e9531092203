import { defineHost } from "tsnix";
import monitoring from "../modules/monitoring";

export default defineHost({
  system: "x86_64-linux",
  modules: [monitoring],
  config: {
    networking: { hostName: "web" },
    homelab: { monitoring: { enable: true } },
    boot: { loader: { grub: { device: "/dev/sda" } } },
    fileSystems: { "/": { device: "/dev/sda1", fsType: "ext4" } },
  },
  deployment: { targetHost: "web.home.example.org", remoteBuild: true },
});
