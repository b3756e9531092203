// Pins `||` and `&&` returning an operand, as in JS: `name || "default"`, `port || 80` (0 falls back), `a && b`.
type Service = { name: string; port?: number; user?: string | null };
const services: Service[] = [
  { name: "web", port: 0 },
  { name: "", port: 8080, user: "nginx" },
  { name: "db", user: null },
];
const nameOf = (s: Service) => s.name || "unnamed";
const portOf = (s: Service) => s.port || 80;
const userOf = (s: Service) => s.user || "root";
const loud = (s: Service) => s.name && s.name.toUpperCase();
const count = (s: Service) => s.port && s.port + 1;
export default {
  names: services.map(nameOf),
  ports: services.map(portOf),
  users: services.map(userOf),
  loud: services.map(loud),
  counts: services.map(count),
  firstNamed: services.map((s) => s.name).find((n) => n.length > 0) || "none",
};
