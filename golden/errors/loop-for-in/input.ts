// Refuses `for … in` (TSNIX1206): JS visits keys in insertion order, Nix in sorted order.
const f = (o: Record<string, number>) => {
  const keys: string[] = [];
  for (const k in o) keys.push(k);
  return keys;
};
export default f({ b: 1, a: 2 });
