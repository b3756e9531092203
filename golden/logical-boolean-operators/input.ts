// Pins &&, || and ! on booleans, their precedence, and ! applied to comparisons and calls.
const isPublic = (port: number) => port === 80 || port === 443;
const hosts = [
  { name: "nas", internal: true, ssh: true },
  { name: "web", internal: false, ssh: true },
  { name: "iot", internal: true, ssh: false },
];
export default hosts.map((h) => ({
  name: h.name,
  exposed: !h.internal && h.ssh,
  either: h.internal || !h.ssh,
  mixed: (h.internal || h.ssh) && !(h.internal && h.ssh),
  notCall: !isPublic(h.name.length),
  notCompare: !(h.name === "nas"),
  boolEq: h.internal === !h.ssh,
}));
