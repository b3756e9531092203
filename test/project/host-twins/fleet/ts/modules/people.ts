import { defineModule, mkDefault, mkOption, types } from "tsnix";
import { userOf } from "../lib/people";

const person = types.submodule({
  options: {
    uid: mkOption({ type: types.ints.between(1000, 59999) }),
    admin: mkOption({ type: types.bool, default: false }),
    keys: mkOption({
      type: types.listOf(types.strMatching("ssh-[a-z0-9]+ [A-Za-z0-9+/=]+( .*)?")),
      default: [],
    }),
    shell: mkOption({ type: types.enum(["bash", "zsh", "fish"]), default: "bash" }),
  },
});

export default defineModule({
  options: {
    fleet: {
      people: mkOption({ type: types.attrsOf(person), default: {} }),
      extraGroups: mkOption({ type: types.listOf(types.str), default: [] }),
    },
  },
  config: ({ config, pkgs }) => {
    const people = config.fleet.people;
    const names = Object.keys(people);
    const shells = names.map((name) => people[name]!.shell).filter((s) => s !== "bash");
    return {
      users: {
        mutableUsers: false,
        users: Object.fromEntries(
          names.map((name) => {
            const p = people[name]!;
            return [
              name,
              {
                ...userOf(name, p, config.fleet.extraGroups),
                shell: p.shell === "zsh" ? pkgs.zsh : p.shell === "fish" ? pkgs.fish : pkgs.bashInteractive,
              },
            ];
          }),
        ),
      },
      programs: { zsh: { enable: shells.includes("zsh") }, fish: { enable: shells.includes("fish") } },
      security: { sudo: { wheelNeedsPassword: mkDefault(false) } },
    };
  },
});
