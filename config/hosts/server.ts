// server (001): the machine of machines/server.ts on its x86_64 hardware, deployed with colmena and deploy-rs.
import { defineHost, path } from "tsnix";
import server from "../machines/server";

export default defineHost({
  system: "x86_64-linux",
  modules: [server, path("./hardware/server.nix")],
  deployment: { targetHost: "server.lab.example.org", sshUser: "alice", tags: ["lab"] },
});
