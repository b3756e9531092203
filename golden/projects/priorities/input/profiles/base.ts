// A profile that only suggests: every value is a default a host may override without mkForce.
import { defineModule, mkAfter, mkBefore, mkDefault, mkMerge, mkOption, mkOrder, mkOverride, types } from "tsnix";

export default defineModule({
  options: { profile: { role: mkOption({ type: types.enum(["server", "desktop"]), default: "desktop" }) } },
  config: {
    time: { timeZone: mkDefault("UTC") },
    networking: {
      firewall: {
        allowedTCPPorts: mkMerge([mkBefore([22]), mkAfter([9100]), mkOrder(900, [80])]),
      },
    },
    boot: { kernel: { sysctl: { "vm.swappiness": mkOverride(900, 10) } } },
  },
});
