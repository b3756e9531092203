// Pins `return` inside loops: the state carries `returned` and `value`, and the code after the loop runs only
// when the loop did not return.
type User = { name: string; groups: string[] };
const firstAdmin = (users: User[]) => {
  for (const u of users) {
    if (u.groups.includes("wheel")) return u.name;
  }
  return "nobody";
};
const indexOf = (xs: string[], wanted: string) => {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === wanted) return i;
  }
  return -1;
};
const firstFree = (taken: number[]) => {
  let port = 8000;
  while (true) {
    if (!taken.includes(port)) return port;
    port++;
  }
};
const users: User[] = [
  { name: "alice", groups: ["users"] },
  { name: "bob", groups: ["wheel", "users"] },
];
export default {
  admin: firstAdmin(users),
  none: firstAdmin([]),
  index: [indexOf(["a", "b", "c"], "c"), indexOf([], "x")],
  port: firstFree([8000, 8001, 8003]),
};
