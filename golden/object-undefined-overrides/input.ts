// A member set to undefined after a spread or a computed key takes that key away, as JSON and Object.keys see it.
type User = { name: string; shell?: string | undefined; home?: string | undefined };
const defaults: User = { name: "guest", shell: "/bin/sh", home: "/home/guest" };
const withoutShell = (u: User): User => ({ ...u, shell: undefined });
const maybeHome = (u: User, keep: boolean): User => ({ ...u, home: keep ? u.home : undefined });
const key: string = "home";
export default {
  plain: withoutShell(defaults),
  kept: maybeHome(defaults, true),
  keptMissing: maybeHome({ name: "nobody" }, true),
  dropped: maybeHome(defaults, false),
  computed: { ...defaults, [key]: undefined },
  literal: { name: "x", shell: undefined },
  inlined: { ...{ a: 1, b: 2, c: 3 }, ...{ a: undefined }, ...{ b: undefined } },
};
