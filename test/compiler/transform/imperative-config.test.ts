// Issue 11's "Done when": idiomatic imperative configuration code — loops building port lists and virtual-host
// sets, a `let` refined by `if`s, `switch` on a host's role, truthiness defaults, `while` with `break` — compiles
// and evaluates under Nix to what Node computes; every change another piece of code could observe is refused.
import { describeEvalCases } from "../../support/eval-cases.js";

const hosts = `
interface Host { name: string; role: "web" | "db" | "backup" | "edge"; ports: number[]; tls?: boolean; alias: string }
const hosts: Host[] = [
  { name: "atlas", role: "web", ports: [80, 443], tls: true, alias: "" },
  { name: "pi", role: "edge", ports: [53], alias: "dns" },
  { name: "vault", role: "db", ports: [5432, 9187], alias: "" },
  { name: "cold", role: "backup", ports: [], tls: false, alias: "archive" },
];
`;

describeEvalCases("imperative configuration code", [
  {
    name: "a loop building the firewall's port list, skipping hosts and stopping at a sentinel",
    source: `${hosts}
function firewallPorts(list: Host[]): number[] {
  const ports: number[] = [22];
  for (const h of list) {
    if (h.role === "backup") continue;
    for (const p of h.ports) {
      if (p === 9187) break;
      if (!ports.includes(p)) ports.push(p);
    }
  }
  return ports.toSorted((a, b) => a - b);
}
export default firewallPorts(hosts);`,
    expect: "same",
  },
  {
    name: "a loop building a virtual-host set keyed by computed names",
    source: `${hosts}
const vhosts: Record<string, { root: string; forceSSL: boolean; serverAliases: string[] }> = {};
for (const h of hosts) {
  if (h.role !== "web" && h.role !== "edge") continue;
  const aliases: string[] = [];
  if (h.alias) aliases.push(\`\${h.alias}.example.org\`);
  vhosts[\`\${h.name}.example.org\`] = { root: \`/srv/www/\${h.name}\`, forceSSL: h.tls ?? false, serverAliases: aliases };
}
export default vhosts;`,
    expect: "same",
  },
  {
    name: "a let refined by ifs, with compound assignments",
    source: `${hosts}
function memoryFor(h: Host, big: boolean): string {
  let mb = 512;
  if (h.role === "db") mb *= 4;
  else if (h.role === "web") mb += 256;
  if (big) {
    mb = mb * 2;
  }
  if (h.ports.length > 1) mb -= 128;
  let unit = "M";
  if (mb >= 1024 && mb % 1024 === 0) {
    mb /= 1024;
    unit = "G";
  }
  return \`\${mb}\${unit}\`;
}
export default hosts.flatMap((h) => [memoryFor(h, false), memoryFor(h, true)]);`,
    expect: "same",
  },
  {
    name: "a switch on the role with fallthrough groups, default and early returns",
    source: `${hosts}
function servicesOf(h: Host): string[] {
  const services: string[] = ["sshd"];
  switch (h.role) {
    case "web":
      services.push("nginx");
    // falls through: web hosts also export metrics
    case "db":
      services.push("node-exporter");
      break;
    case "backup":
      return ["restic"];
    default:
      services.push("unbound");
  }
  return services;
}
export default Object.fromEntries(hosts.map((h) => [h.name, servicesOf(h)]));`,
    expect: "same",
  },
  {
    name: "truthiness defaults with ||, ??, ||= and ??=",
    source: `${hosts}
function label(h: Host, domain?: string): { fqdn: string; alias: string; tls: boolean; portCount: number } {
  let alias = h.alias;
  alias ||= h.name;
  let d = domain;
  d ??= "home.arpa";
  let tls = h.tls;
  tls ??= h.ports.includes(443);
  return { fqdn: \`\${h.name}.\${d || "local"}\`, alias, tls, portCount: h.ports.length || -1 };
}
export default [label(hosts[0]!), label(hosts[1]!, "example.org"), label(hosts[3]!, "")];`,
    expect: "same",
  },
  {
    name: "a while loop with break, finding a free port",
    source: `
function freePort(taken: number[], start: number): number {
  let port = start;
  while (true) {
    if (!taken.includes(port)) break;
    port++;
  }
  return port;
}
export default [freePort([8080, 8081, 8083], 8080), freePort([], 3000), freePort([22], 21)];`,
    expect: "same",
  },
  {
    name: "a counted for loop building numbered workers, with continue and a nested early return",
    source: `
function workers(n: number, skip: number, stopAt: string): string[] | string {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i === skip) continue;
    const name = \`worker-\${i}\`;
    for (let j = 0; j < 2; j++) {
      if (\`\${name}-\${j}\` === stopAt) return \`stopped at \${name}\`;
    }
    names.push(name);
  }
  return names;
}
export default [workers(4, 1, ""), workers(5, 9, "worker-2-1"), workers(0, 0, "")];`,
    expect: "same",
  },
  {
    name: "a do … while loop doubling a retry delay",
    source: `
function delays(first: number, max: number): number[] {
  const out: number[] = [];
  let d = first;
  do {
    out.push(d);
    d *= 2;
  } while (d <= max);
  return out;
}
export default [delays(1, 30), delays(100, 10)];`,
    expect: "same",
  },
  {
    name: "counting and grouping with an object changed in place",
    source: `${hosts}
const byRole: Record<string, string[]> = {};
let open = 0;
for (const h of hosts) {
  const list = byRole[h.role] ?? [];
  byRole[h.role] = [...list, h.name];
  open += h.ports.length;
}
delete byRole["backup"];
export default { byRole, open };`,
    expect: "same",
  },
  {
    name: "users from a list, with a uid counter and an ssh key default",
    source: `
const admins = [
  { name: "ada", keys: ["ssh-ed25519 AAA ada"] },
  { name: "bob", keys: [] as string[] },
];
const users: Record<string, { uid: number; isNormalUser: boolean; openssh: { authorizedKeys: { keys: string[] } } }> = {};
let uid = 1000;
for (const a of admins) {
  uid++;
  let keys = a.keys;
  if (!keys.length) keys = ["ssh-ed25519 AAA fallback"];
  users[a.name] = { uid, isNormalUser: true, openssh: { authorizedKeys: { keys } } };
}
export default users;`,
    expect: "same",
  },
  {
    name: 'library forms: replace, default sort of numbers, split(""), rest parameters',
    source: `
function listen(host: string, ...ports: number[]): string[] {
  return ports.toSorted().map((p) => \`\${host.replace(".", "-")}:\${p}\`);
}
const extra = [9100, 80];
export default { a: listen("10.0.0.1", 8443, 443), b: listen("::1", ...extra, 1000), letters: "eth0".split("") };`,
    expect: "same",
  },
  {
    name: "logical assignments to members that may be missing: ??=, ||= and &&= read a miss as undefined",
    source: `
function settings(on: boolean) {
  const limits: Record<string, number> = { cpu: 2 };
  limits["mem"] ??= 512;
  limits.cpu ??= 8;
  limits["disk"] ||= 20;
  const o: { port?: number; host?: string; tls?: boolean; debug?: boolean } = { debug: true };
  o.port ??= 80;
  o.host ||= "localhost";
  o.tls &&= on;
  o.debug &&= on;
  const seen: Record<string, boolean> = { a: true };
  return { limits, o, and: [seen["a"] && on, seen["b"] && on] };
}
export default [settings(true), settings(false)];`,
    expect: "same",
  },

  // Changes another piece of code could observe: refused.
  {
    name: "refused: pushing onto an alias of a local array",
    source: `const ports: number[] = [22];\nconst alias = ports;\nports.push(80);\nexport default alias;`,
    expect: "TSNIX1133",
  },
  {
    name: "refused: a variable captured by a function created before it changes",
    source: `let domain = "a.org";\nconst fqdn = (h: string) => \`\${h}.\${domain}\`;\ndomain = "b.org";\nexport default fqdn("atlas");`,
    expect: "TSNIX1132",
  },
  {
    name: "refused: a variable changed inside a nested function",
    source: `let count = 0;\nconst bump = () => {\n  count++;\n  return count;\n};\nexport default [bump(), count];`,
    expect: "TSNIX1130",
  },
  {
    name: "refused: pushing onto a parameter",
    source: `function addSsh(ports: number[]): number[] {\n  ports.push(22);\n  return ports;\n}\nexport default addSsh([80]);`,
    expect: "TSNIX1134",
  },
  {
    name: "refused: setting a key of a parameter object",
    source: `function enable(cfg: { enable?: boolean }): { enable?: boolean } {\n  cfg.enable = true;\n  return cfg;\n}\nexport default enable({});`,
    expect: "TSNIX1134",
  },
  {
    name: "refused: an exported let that changes",
    source: `export let port = 80;\nport = 443;\nexport default port;`,
    expect: "TSNIX1131",
  },
  {
    name: "refused: an object kept inside another before it changes",
    source: `const nginx: Record<string, boolean> = {};\nconst services = { nginx };\nnginx["enable"] = true;\nexport default services;`,
    expect: "TSNIX1133",
  },
]);
