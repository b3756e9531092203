// Who may log in where: the people of the fleet, declared once, and the users and groups NixOS needs for them.
export type Shell = "bash" | "zsh" | "fish";

export interface Person {
  readonly uid: number;
  readonly admin: boolean;
  readonly keys: readonly string[];
  readonly shell: Shell;
}

export const groupsOf = (person: Person, extra: readonly string[]) =>
  person.admin ? ["wheel", "systemd-journal", ...extra] : extra;

export const userOf = (name: string, person: Person, extra: readonly string[]) => ({
  isNormalUser: true,
  uid: person.uid,
  description: `${name} (${person.admin ? "admin" : "user"})`,
  extraGroups: groupsOf(person, extra),
  openssh: { authorizedKeys: { keys: person.keys } },
});
