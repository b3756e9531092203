// Pins Object.fromEntries(Object.entries(o).map(([k, v]) => [k, …])) → builtins.mapAttrs, and filtered entries.
const ports: Record<string, number> = { ssh: 22, http: 80, https: 443, "local.example.org": 8443 };
export default {
  shifted: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, port + 10000])),
  described: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `${name}:${port}`])),
  privileged: Object.fromEntries(Object.entries(ports).filter(([, port]) => port < 1024)),
};
