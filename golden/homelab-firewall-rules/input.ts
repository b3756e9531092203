// Pins a realistic program: firewall rules rendered to text lines, with port ranges and protocol filters.
interface Rule { from: string; ports: number[]; proto: "tcp" | "udp"; comment?: string }
const rules: Rule[] = [
  { from: "10.0.0.0/24", ports: [22], proto: "tcp", comment: "ssh from lan" },
  { from: "0.0.0.0/0", ports: [80, 443], proto: "tcp" },
  { from: "10.0.10.0/24", ports: [53], proto: "udp", comment: "dns for iot" },
];
const render = (r: Rule): string[] =>
  r.ports.map((p) => `iptables -A INPUT -p ${r.proto} -s ${r.from} --dport ${p} -j ACCEPT${r.comment === undefined ? "" : ` # ${r.comment}`}`);
const lines = rules.flatMap(render);
export default {
  networking: {
    firewall: {
      extraCommands: lines.join("\n"),
      allowedTCPPorts: rules.filter((r) => r.proto === "tcp").flatMap((r) => r.ports).toSorted((a, b) => a - b),
      allowedUDPPorts: rules.filter((r) => r.proto === "udp").flatMap((r) => r.ports),
    },
  },
  ruleCount: lines.length,
};
