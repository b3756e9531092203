// Pins nested and chained ternaries, in values, arguments and inside string templates.
const tier = (mem: number) => (mem >= 64 ? "large" : mem >= 16 ? "medium" : mem >= 4 ? "small" : "tiny");
const flag = (on: boolean) => (on ? "yes" : "no");
const hosts = [
  { name: "nas", mem: 32, backup: true },
  { name: "pi", mem: 2, backup: false },
  { name: "server", mem: 128, backup: true },
];
export default hosts.map((h) => ({
  name: h.name,
  tier: tier(h.mem),
  summary: `${h.name}: ${tier(h.mem)} backup=${flag(h.backup)}`,
  ports: h.backup ? [22, 873] : [22],
  mem: (h.mem > 16 ? h.mem : 16) * 1024,
}));
