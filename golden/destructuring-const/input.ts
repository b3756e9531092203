// Pins `const` destructuring of objects (rename, default, nested) and arrays (holes, defaults).
const host = { name: "nas", net: { ip: "10.0.0.3", prefix: 24 }, tags: ["storage", "zfs", "backup"] };
const { name, net: { ip, prefix: len }, tags } = host;
const [first, , third] = tags;
const { missing = "fallback" }: { missing?: string } = {};
const [a = 1, b = 2]: number[] = [10];
export default { name, cidr: `${ip}/${len}`, first, third, missing, a, b };
