// Pins the module-system wrappers imported from "tsnix": mkIf, mkDefault, mkForce, mkMerge, mkOverride, mkBefore/After.
import { mkAfter, mkBefore, mkDefault, mkForce, mkIf, mkMerge, mkOrder, mkOverride, mkOptionDefault } from "tsnix";
const isServer = true;
export default {
  services: {
    openssh: mkIf(isServer, { enable: true, ports: [22] }),
    nginx: mkMerge([{ enable: mkDefault(false) }, mkIf(!isServer, { enable: true })]),
  },
  networking: { hostName: mkForce("nas"), firewall: { enable: mkOverride(900, true) } },
  boot: { kernelParams: mkBefore(["quiet"]), extraModulePackages: mkAfter([] as string[]) },
  environment: { etcOrder: mkOrder(700, "x"), shell: mkOptionDefault("/bin/sh") },
};
