// A laptop (003's profiles/laptop): the desktop profile on battery — GNOME on X11 (its Intel/NVIDIA pair misbehaves
// on Wayland), laptop mode, zram swap and power profiles; no Steam on battery by default.
import { defineModule, mkDefault } from "tsnix";
import desktop from "./desktop";

export default defineModule({
  imports: [desktop],
  config: {
    services: {
      xserver: { displayManager: { gdm: { wayland: false } } },
      "power-profiles-daemon": { enable: mkDefault(true) },
    },
    programs: { steam: { enable: false } },
    boot: { kernel: { sysctl: { "vm.laptop_mode": 5 } } },
    zramSwap: { enable: true },
  },
});
