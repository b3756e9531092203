// Pins imports between files: named exports of lib.ts and the default export of hosts.ts → `import ./x.nix`.
import hosts from "./hosts";
import { domain, fqdn, sshPort as port } from "./lib";
export default {
  domain,
  port,
  names: hosts.map((h) => fqdn(h.name)),
};
