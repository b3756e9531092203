// `in` on a member typed with undefined: JS lists a member set to undefined as a key, tsnix leaves it out (TSNIX1224).
interface Host { name: string; ip?: string | undefined }
const host: Host = { name: "nas", ip: undefined };
export default "ip" in host;
