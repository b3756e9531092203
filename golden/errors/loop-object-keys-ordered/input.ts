// Refuses for … of over Object.keys/values where the order of the turns shows (TSNIX1206): building a string or a
// list, breaking out, keeping the last value, or summing numbers that may be floats (float sums depend on order).
const ports: Record<string, number> = { web: 80, ssh: 22 };
let joined = "";
for (const k of Object.keys(ports)) joined += k;
let total = 0;
for (const v of Object.values(ports)) total += v;
let last = "";
for (const k of Object.keys(ports)) {
  if (k.length > 2) break;
  last = k;
}
export default { joined, total, last };
