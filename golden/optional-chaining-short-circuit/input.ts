// Pins `?.` on null/undefined receivers: the whole chain short-circuits to undefined; calls after it are skipped.
interface Tls { cert: string; key?: string }
interface Vhost { name: string; tls?: Tls | null; aliases?: string[] }
const vhosts: Vhost[] = [
  { name: "a", tls: { cert: "/c/a.pem", key: "/k/a.pem" }, aliases: ["www.a"] },
  { name: "b", tls: null },
  { name: "c" },
  { name: "d", tls: { cert: "/c/d.pem" } },
];
export default vhosts.map((v) => ({
  cert: v.tls?.cert ?? "none",
  key: v.tls?.key ?? "none",
  firstAlias: v.aliases?.[0] ?? v.name,
  aliasCount: v.aliases?.length ?? 0,
  upper: v.tls?.cert.toUpperCase() ?? "-",
}));
