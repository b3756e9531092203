// A nix-darwin module: zsh as the login shell, with Touch ID for sudo when asked.
import { defineDarwinModule, mkEnableOption, mkIf } from "tsnix";

export default defineDarwinModule({
  options: { mac: { touchIdSudo: mkEnableOption("Touch ID for sudo") } },
  config: ({ config }) => ({
    programs: { zsh: { enable: true } },
    security: { pam: { services: { sudo_local: mkIf(config.mac.touchIdSudo, { touchIdAuth: true }) } } },
  }),
});
