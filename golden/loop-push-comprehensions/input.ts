// Pins loops that only push onto one array: they print as the map, filter or concatMap they amount to.
type Host = { name: string; web: boolean; ports: number[] };
const hosts: Host[] = [
  { name: "atlas", web: true, ports: [80, 443] },
  { name: "pi", web: false, ports: [22] },
  { name: "nas", web: true, ports: [] },
];
const names: string[] = [];
for (const h of hosts) names.push(h.name);
const web: string[] = [];
for (const h of hosts) {
  if (h.web) web.push(`${h.name}.home.example.org`);
}
const open: number[] = [22];
for (const h of hosts) {
  if (!h.web) continue;
  const ports = h.ports.length > 0 ? h.ports : [80];
  open.push(...ports);
}
const pairs: string[] = [];
for (const { name, ports } of hosts) {
  for (const port of ports) pairs.push(`${name}:${port}`);
}
export default { names, web, open, pairs };
