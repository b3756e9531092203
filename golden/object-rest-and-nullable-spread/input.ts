// Pins object rest (→ builtins.removeAttrs), array rest (drop) and spreading a value that may be undefined.
const service = { name: "grafana", port: 3000, user: "grafana", openFirewall: true };
const { name, ...settings } = service;
const [primary, ...fallbacks] = ["1.1.1.1", "9.9.9.9", "8.8.8.8"];
const tlsFor = (domain: string): { sslCertificate: string } | undefined =>
  domain.endsWith(".local") ? undefined : { sslCertificate: `/var/lib/acme/${domain}/cert.pem` };
export default {
  name,
  settings,
  primary,
  fallbacks,
  public: { serverName: "grafana.example.org", ...tlsFor("grafana.example.org") },
  private: { serverName: "nas.local", ...tlsFor("nas.local") },
};
