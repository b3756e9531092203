// `in` on an optional member: JS lists a member set to undefined as a key, tsnix leaves it out (TSNIX1224).
interface Host { name: string; ip?: string }
const host: Host = { name: "nas", ip: undefined };
export default "ip" in host;
