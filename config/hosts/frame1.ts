// frame1 (004): the machine of machines/frame1.ts on its hardware, its disk laid out by disko; deployed with
// deploy-rs (magic rollback: a deployment that cuts SSH off is undone after 30 seconds).
import { defineHost, inputs, path } from "tsnix";
import frame1 from "../machines/frame1";

export default defineHost({
  system: "x86_64-linux",
  modules: [
    frame1,
    inputs.disko.nixosModules.disko,
    path("./frame1/disko.nix"),
    path("./frame1/hardware.nix"),
  ],
  deployment: { targetHost: "192.168.2.241", sshUser: "alice", magicRollback: true, autoRollback: true },
});
