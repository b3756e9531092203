// Pins a realistic program: users with uids from their position, groups inverted from user memberships.
interface Person { name: string; admin: boolean; groups: string[]; keys?: string[] }
const people: Person[] = [
  { name: "alice", admin: true, groups: ["media", "backup"], keys: ["ssh-ed25519 AAAA alice@laptop"] },
  { name: "bob", admin: false, groups: ["media"] },
  { name: "carol", admin: false, groups: [] },
];
const users = Object.fromEntries(
  people.map((p, i) => [
    p.name,
    {
      uid: 1000 + i,
      isNormalUser: true,
      extraGroups: p.admin ? ["wheel", ...p.groups] : p.groups,
      openssh: { authorizedKeys: { keys: p.keys ?? [] } },
    },
  ]),
);
const memberships = people.flatMap((p) => p.groups);
const allGroups = memberships.filter((g, i) => memberships.indexOf(g) === i);
const groups = Object.fromEntries(
  allGroups.map((g) => [g, { members: people.filter((p) => p.groups.includes(g)).map((p) => p.name) }]),
);
export default { users: { users, groups, mutableUsers: false } };
