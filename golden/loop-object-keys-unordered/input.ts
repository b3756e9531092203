// for … of over Object.keys/values/entries of any object, where the order of the turns leaves no trace: int
// counters (+=, ++), flags set to one literal or combined with ||=/&&=, an object filled at the loop's own key, or
// keys all set to one literal. Nix visits the keys sorted; JS in insertion order; the results are the same.
const services: Record<string, { port: number; public: boolean }> = {
  web: { port: 443, public: true },
  ssh: { port: 22, public: true },
  db: { port: 5432, public: false },
};
let publicCount = 0;
let anyPrivileged = false;
let allNamed = true;
const ports: Record<string, number> = {};
for (const [name, s] of Object.entries(services)) {
  if (!s.public) continue;
  publicCount++;
  if (s.port < 1024) anyPrivileged = true;
  allNamed &&= name.length > 0;
  ports[name] = s.port;
}
const usedPorts: Record<string, boolean> = {};
for (const s of Object.values(services)) usedPorts[`${s.port}`] = true;
export default { publicCount, anyPrivileged, allNamed, ports, usedPorts };
