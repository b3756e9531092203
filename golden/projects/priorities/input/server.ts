import { defineHost, mkForce, mkIf, mkMerge } from "tsnix";
import base from "./profiles/base";

const monitoring = true;

export default defineHost({
  system: "x86_64-linux",
  modules: [base],
  config: ({ config }) =>
    mkMerge([
      {
        networking: { hostName: "server" },
        profile: { role: "server" },
        // The host's clock must follow the hardware's: the base profile's default is not enough here.
        time: { timeZone: mkForce("Europe/Berlin") },
      },
      mkIf(monitoring, {
        services: { prometheus: { exporters: { node: { enable: true } } } },
      }),
      {
        services: {
          openssh: { enable: true, openFirewall: mkIf(config.profile.role === "server", true) },
        },
      },
    ]),
});
