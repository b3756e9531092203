// Pins map/filter/reduce (with and without an initial value, with an index) over host records.
const hosts = [
  { name: "nas", ram: 32, roles: ["storage"] },
  { name: "pi", ram: 4, roles: ["dns", "dhcp"] },
  { name: "server", ram: 128, roles: ["vm", "storage"] },
];
export default {
  names: hosts.map((h) => h.name),
  big: hosts.filter((h) => h.ram >= 32).map((h) => h.name),
  totalRam: hosts.reduce((sum, h) => sum + h.ram, 0),
  maxRam: hosts.map((h) => h.ram).reduce((a, b) => (a > b ? a : b)),
  numbered: hosts.map((h, i) => `${i}:${h.name}`),
  everyOther: hosts.filter((_, i) => i % 2 === 0).map((h) => h.name),
  indexSum: hosts.reduce((acc, h, i) => acc + i * h.ram, 0),
  roleIndex: hosts.reduce((acc: Record<string, string>, h) => ({ ...acc, [h.name]: h.roles.join(",") }), {}),
};
