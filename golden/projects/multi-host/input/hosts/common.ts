import { defineModule, mkDefault } from "tsnix";

export default defineModule({
  config: {
    services: { openssh: { enable: true } },
    time: { timeZone: mkDefault("Europe/Berlin") },
    nix: { settings: { "experimental-features": ["nix-command", "flakes"] } },
  },
});
