// Every machine of the fleet: its people and its network, and one set of people.
import { defineModule, mkOrder } from "tsnix";
import network from "./network";
import people from "./people";

export default defineModule({
  imports: [people, network],
  config: ({ config }) => ({
    fleet: {
      people: {
        alice: {
          uid: 1000,
          admin: true,
          keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAliceKeyForTwinsOnly alice"],
          shell: "zsh" as const,
        },
        bob: { uid: 1001, keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBobKeyForTwinsOnly bob"] },
      },
      nameservers: ["1.1.1.1"],
    },
    networking: { nameservers: mkOrder(1200, config.fleet.nameservers) },
    time: { timeZone: "UTC" },
    i18n: { defaultLocale: "en_US.UTF-8" },
  }),
});
