// Pins imperative code at the top of a file: a loop over hosts builds virtual hosts and firewall ports with a
// `switch` on the role; a `let` refined by an `if` after it.
type Host = { name: string; role: "web" | "db" | "cache"; port?: number };
const hosts: Host[] = [
  { name: "atlas", role: "web", port: 8080 },
  { name: "pi", role: "db" },
  { name: "nas", role: "cache", port: 0 },
];
const virtualHosts: Record<string, { root: string; port: number }> = {};
let allowedTCPPorts: number[] = [22];
for (const h of hosts) {
  switch (h.role) {
    case "web":
      virtualHosts[`${h.name}.example.org`] = { root: `/srv/${h.name}`, port: h.port || 80 };
      allowedTCPPorts.push(80, 443);
      break;
    case "db":
      allowedTCPPorts.push(5432);
      break;
    default:
      allowedTCPPorts = [...allowedTCPPorts, 6379];
  }
}
let policy = "open";
if (allowedTCPPorts.length > 3) policy = "strict";
export default {
  services: { nginx: { virtualHosts } },
  networking: { firewall: { allowedTCPPorts, policy } },
};
