// Pins `switch`: an `if` chain with `===` tests; cases sharing a body are one test; a case that falls through is
// a join point called from the chain and from the case before; `default` is tested last wherever it stands.
type Role = "web" | "db" | "cache" | "monitor" | "other";
const ports = (role: Role) => {
  const open: number[] = [22];
  switch (role) {
    case "web":
      open.push(80, 443);
      break;
    case "db":
    case "cache":
      open.push(role === "db" ? 5432 : 6379);
    // falls through
    case "monitor":
      open.push(9100);
      break;
    default:
      open.push(0);
  }
  return open;
};
const label = (code: number): string => {
  switch (code) {
    default:
      return "unknown";
    case 200:
      return "ok";
    case 404:
    case 410:
      return "gone";
  }
};
const tier = (load: number) => {
  switch (true) {
    case load > 90:
      return "critical";
    case load > 50:
      return "busy";
  }
  return "idle";
};
export default {
  ports: (["web", "db", "cache", "monitor", "other"] as Role[]).map(ports),
  labels: [200, 404, 410, 500].map(label),
  tiers: [95, 60, 10].map(tier),
};
