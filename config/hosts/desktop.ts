// desktop (003): the desktop profile on its hardware; the owner also joins libvirt here. Secrets with sops-nix.
import { defineHost, path } from "tsnix";
import sops from "../modules/secrets/sops";
import desktop from "../profiles/desktop";

export default defineHost({
  system: "x86_64-linux",
  modules: [desktop, sops, path("./hardware/desktop.nix")],
  config: {
    networking: { hostName: "desktop" },
    sops: { defaultSopsFile: path("../secrets/desktop.yaml") },
    virtualisation: { libvirtd: { enable: true } },
    homelab: { user: { extraGroups: ["libvirtd"] } },
  },
  deployment: { targetHost: "desktop.home.example.org", sshUser: "alice", tags: ["workstations"] },
});
