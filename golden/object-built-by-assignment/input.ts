// Pins objects built by assignment: `o[k] = v` is `o // { ${k} = v; }` (a later key wins, as in JS),
// `delete o.k` is `builtins.removeAttrs`, and an object built in a loop is a fold.
type Host = { name: string; port: number; alias?: string };
const hosts: Host[] = [
  { name: "atlas", port: 80, alias: "www" },
  { name: "pi", port: 22 },
  { name: "atlas", port: 8080 },
];
const byName: Record<string, number> = {};
for (const h of hosts) byName[h.name] = h.port;
const counts: Record<string, number> = {};
for (const h of hosts) counts[h.name] = (counts[h.name] ?? 0) + 1;
const aliases: Record<string, string> = {};
for (const h of hosts) {
  if (h.alias) aliases[h.alias] = h.name;
}
const settings: { debug?: boolean; level: number; name?: string } = { level: 1, debug: true };
settings.level += 2;
settings.name = "main";
delete settings.debug;
export default { byName, counts, aliases, settings };
