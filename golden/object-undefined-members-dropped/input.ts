// Pins members whose value is (or may be) `undefined`: dropped from the attribute set, like JS keys/JSON.
interface User { name: string; shell?: string; uid?: number }
const mkUser = (u: User) => ({
  name: u.name,
  shell: u.shell,
  uid: u.uid,
  home: u.name === "root" ? "/root" : undefined,
  always: undefined,
});
export default {
  root: mkUser({ name: "root", uid: 0 }),
  alice: mkUser({ name: "alice", shell: "/bin/zsh" }),
};
