// A desktop workstation (003's profiles/desktop): GNOME on Wayland, PipeWire, Steam and Waydroid, on top of the
// common profile. All mkDefault: a host may turn any of it off without mkForce.
import { defineModule, mkDefault } from "tsnix";
import common from "./common";

export default defineModule({
  imports: [common],
  config: ({ pkgs }) => ({
    services: {
      xserver: {
        enable: mkDefault(true),
        displayManager: { gdm: { enable: mkDefault(true), wayland: mkDefault(true) } },
        desktopManager: { gnome: { enable: mkDefault(true) } },
      },
      pipewire: { enable: mkDefault(true), pulse: { enable: true } },
      printing: { enable: mkDefault(true) },
    },
    programs: { steam: { enable: mkDefault(true) } },
    virtualisation: { waydroid: { enable: mkDefault(true) } },
    networking: { networkmanager: { enable: true } },
    homelab: { user: { extraGroups: ["networkmanager", "video", "audio"] } },
    environment: { systemPackages: [pkgs.firefox, pkgs["gnome-tweaks"]] },
  }),
});
