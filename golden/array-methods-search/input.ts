// Pins some/every/includes/find/findIndex/indexOf/lastIndexOf, including not-found results (undefined, -1).
const ports = [22, 80, 443, 8080, 80];
const users = [
  { name: "alice", uid: 1000, admin: true },
  { name: "bob", uid: 1001, admin: false },
];
export default {
  someAdmin: users.some((u) => u.admin),
  allAdmin: users.every((u) => u.admin),
  emptyEvery: ([] as number[]).every((p) => p > 0),
  hasSsh: ports.includes(22),
  hasFtp: ports.includes(21),
  bob: users.find((u) => u.name === "bob")?.uid ?? -1,
  carol: users.find((u) => u.name === "carol")?.uid ?? -1,
  firstHigh: ports.findIndex((p) => p > 100),
  noneHigh: ports.findIndex((p) => p > 10000),
  http: ports.indexOf(80),
  lastHttp: ports.lastIndexOf(80),
  missing: ports.indexOf(21),
};
