// Pins spread → `//`: later members win, a spread overrides earlier members, optional members only when present.
interface Site { host: string; port?: number; tls?: boolean }
const defaults = { port: 80, host: "0.0.0.0", tls: false, workers: 2 };
const site: Site = { tls: true, host: "web.example.org" };
const custom: Site = { host: "git.example.org", port: 3000 };
const merged = { ...defaults, ...site, workers: 4 };
const withPort = { port: 8080, ...custom };
const keepsPort = { port: 8080, ...site };
export default { merged, withPort, keepsPort };
