// Pins JS truthiness made explicit: "" and 0 are falsy, null/undefined too, objects and arrays never; a type that
// admits several falsy values tests each (`{}` and `unknown` admit every primitive).
type Host = { name: string; port?: number; tags?: string[] };
const hosts: Host[] = [
  { name: "nas", port: 0, tags: [] },
  { name: "", port: 22, tags: ["edge"] },
];
const label = (name: string) => {
  if (name) return name;
  return "unnamed";
};
const isEmpty = (s: string) => !s;
const describe = (h: Host) => (h.tags && h.tags.length ? `${h.name}:${h.tags.join(",")}` : "untagged");
const anything = (x: {}) => (x ? "truthy" : "falsy");
const falsy = (x: unknown) => !x;
export default {
  labels: [label("nas"), label("")],
  empty: [isEmpty(""), isEmpty("x")],
  described: hosts.map(describe),
  named: hosts.filter((h) => h.name).map((h) => h.name),
  openPorts: hosts.filter((h) => h.port).length,
  anything: [anything(0), anything(""), anything(false), anything("0"), anything([])],
  falsy: [falsy(0), falsy(null), falsy("a"), falsy(false), falsy({})],
  any: hosts.length && hosts[0]!.name === "nas",
  twice: !!hosts[1]!.name,
  filtered: ["nas", "", "pi"].filter((n) => n),
};
