// Pins a `let` refined by `if`s: each change is a new version (`port`, then `port_1`), an `if` that only changes
// variables binds the next version (`port = if tls then 443 else 80;`), one that returns early keeps the rest of
// the body after it.
type Service = { name: string; tls: boolean; port?: number; public?: boolean };
const listen = (s: Service) => {
  let port = 80;
  if (s.tls) port = 443;
  if (s.port !== undefined) port = s.port;
  let address = "127.0.0.1";
  let note = "";
  if (s.public) {
    address = "0.0.0.0";
    note = "exposed";
  } else if (port < 1024) {
    note = "privileged";
  }
  if (port === 0) return "disabled";
  return `${s.name} ${address}:${port} ${note}`;
};
export default [
  listen({ name: "web", tls: true }),
  listen({ name: "api", tls: false, port: 8080, public: true }),
  listen({ name: "ssh", tls: false, port: 22 }),
  listen({ name: "off", tls: false, port: 0 }),
];
