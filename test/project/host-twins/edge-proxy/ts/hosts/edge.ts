import { defineHost, mkForce, path } from "tsnix";
import base from "../modules/base";
import proxy from "../modules/proxy";

export default defineHost({
  system: "x86_64-linux",
  modules: [base, proxy, path("./hardware.nix")],
  config: {
    networking: { hostName: "edge" },
    homelab: {
      proxy: {
        enable: true,
        domain: "lab.example.net",
        sites: {
          grafana: { port: 3000, public: true },
          wiki: { port: 8080, subdomain: "docs", extraLocations: { "/static/": "expires 7d;" } },
          jellyfin: { port: 8096, public: true },
        },
      },
    },
    services: { openssh: { permitRootLogin: mkForce("prohibit-password") } },
    time: { timeZone: "Europe/Berlin" },
  },
});
