// laptop (003): the laptop profile on its hardware, with the Wi-Fi password from sops-nix (never in the store).
import { defineHost, path, sopsSecret } from "tsnix";
import sops from "../modules/secrets/sops";
import laptop from "../profiles/laptop";

export default defineHost({
  system: "x86_64-linux",
  modules: [laptop, sops, path("./hardware/laptop.nix")],
  config: {
    networking: {
      hostName: "laptop",
      networkmanager: {
        ensureProfiles: {
          environmentFiles: [sopsSecret("wifi")],
          profiles: {
            home: {
              connection: { id: "home", type: "wifi" },
              wifi: { ssid: "homelab", mode: "infrastructure" },
              "wifi-security": { "key-mgmt": "wpa-psk", psk: "$HOME_WIFI_PSK" },
            },
          },
        },
      },
    },
    sops: { defaultSopsFile: path("../secrets/laptop.yaml"), secrets: { wifi: {} } },
  },
  deployment: { targetHost: "laptop.home.example.org", sshUser: "alice", tags: ["workstations"] },
});
