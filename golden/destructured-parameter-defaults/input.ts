// Pins destructured object parameters with defaults → Nix set patterns `{ a, b ? d, ... }`.
interface ServiceOpts { name: string; port?: number; openFirewall?: boolean; user?: string }
const mkService = ({ name, port = 8080, openFirewall = false, user = name }: ServiceOpts) => ({
  name,
  port,
  openFirewall,
  user,
});
const label = ({ name }: { name: string }) => `svc-${name}`;
export default {
  minimal: mkService({ name: "jellyfin" }),
  full: mkService({ name: "grafana", port: 3000, openFirewall: true, user: "graf" }),
  zeroPort: mkService({ name: "zero", port: 0 }),
  label: label({ name: "x" }),
};
