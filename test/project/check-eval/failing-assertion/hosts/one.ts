import { defineHost } from "tsnix";
import app from "../modules/app";

export default defineHost({
  system: "x86_64-linux",
  modules: [app],
  config: {
    boot: { loader: { grub: { device: "/dev/sda" } } },
    fileSystems: { "/": { device: "/dev/sda1" } },
    app: { workers: 0 },
  },
});
