// `[...new Set(xs)]` and `Array.from(new Set(xs), f)`, the JS idiom for removing repeats: first occurrences, in
// order, for primitive elements.
const hosts = [{ ports: [22, 80] }, { ports: [22, 443] }, { ports: [80, 9100] }];
const groups = ["wheel", "docker", "wheel", "video"];
export default {
  openPorts: [...new Set(hosts.flatMap((h) => h.ports))].sort((a, b) => a - b),
  groups: Array.from(new Set(groups)),
  upper: Array.from(new Set(groups), (g) => g.toUpperCase()),
};
