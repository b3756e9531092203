// Pins the `in` operator on attribute sets (→ `?`), including quoted keys and optional members.
interface Host { name: string; ip?: string; "local.example.org"?: boolean }
const hosts: Host[] = [{ name: "nas", ip: "10.0.0.3" }, { name: "pi", "local.example.org": true }];
export default hosts.map((h) => ({
  hasIp: "ip" in h,
  hasLocal: "local.example.org" in h,
  hasName: "name" in h,
}));
