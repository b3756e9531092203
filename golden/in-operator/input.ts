// Pins the `in` operator on attribute sets (→ `?`), including quoted keys; keys of optional members are refused
// (JS also counts members set to undefined), see errors/in-optional-member.
const ports: Record<string, number> = { ssh: 22, "local.example.org": 443 };
const host = { name: "nas", ip: "10.0.0.3" };
export default {
  hasSsh: "ssh" in ports,
  hasLocal: "local.example.org" in ports,
  hasHttp: "http" in ports,
  hasName: "name" in host,
};
