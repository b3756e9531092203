// Pins computed keys: const strings, templates and function results become dynamic Nix keys.
const domain = "example.org";
const service = "grafana";
const host = (name: string): string => `${name}.${domain}`;
export default {
  [service]: { port: 3000 },
  [`${service}-backup`]: { port: 3001 },
  [host("git")]: "forgejo",
  ["literal"]: 1,
};
