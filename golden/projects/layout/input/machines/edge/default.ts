import { defineHost, path } from "tsnix";
import firewall from "../../modules/networking/my firewall";

export default defineHost({
  system: "x86_64-linux",
  modules: [firewall, path("./hardware configuration.nix")],
  config: { networking: { hostName: "edge" } },
});
