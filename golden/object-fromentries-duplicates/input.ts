// Pins Object.fromEntries with duplicate keys: the last entry wins in JS (builtins.listToAttrs keeps the first).
const entries: [string, number][] = [
  ["ssh", 22],
  ["http", 80],
  ["ssh", 2222],
];
const users = ["alice", "bob", "alice"].map((u, i): [string, number] => [u, 1000 + i]);
export default { ports: Object.fromEntries(entries), uids: Object.fromEntries(users) };
