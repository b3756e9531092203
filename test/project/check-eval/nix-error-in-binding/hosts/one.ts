import { defineHost } from "tsnix";
import app from "../modules/app";
import motd from "../modules/motd";

export default defineHost({
  system: "x86_64-linux",
  modules: [app, motd],
  config: {
    boot: { loader: { grub: { device: "/dev/sda" } } },
    fileSystems: { "/": { device: "/dev/sda1" } },
  },
});
