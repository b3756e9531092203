// Pins sort with comparators (a - b, b - a, custom returning -1/0/1) on fresh arrays and toSorted on variables.
const hosts = [
  { name: "pi", prio: 2 },
  { name: "nas", prio: 1 },
  { name: "web", prio: 2 },
  { name: "db", prio: 0 },
];
const ports = [8080, 22, 443, 80];
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
export default {
  asc: ports.toSorted((a, b) => a - b),
  desc: [...ports].sort((a, b) => b - a),
  byPrioStable: hosts.toSorted((a, b) => a.prio - b.prio).map((h) => h.name),
  byName: hosts.toSorted(byName).map((h) => h.name),
  strings: ["web", "Nas", "db", "a-b", "a_b"].sort(),
  original: ports,
};
