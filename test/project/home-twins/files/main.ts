// Files in the home and in ~/.config, written from values computed in TypeScript.
import { defineHome } from "tsnix";

const servers = ["atlas", "pi"];

export default defineHome({
  config: {
    home: {
      username: "carol",
      homeDirectory: "/home/carol",
      stateVersion: "25.05",
      file: {
        ".ssh/config": { text: servers.map((s) => `Host ${s}\n  HostName ${s}.home.example.org`).join("\n") },
        "bin/hello": { text: "#!/bin/sh\necho hello", executable: true },
      },
    },
    xdg: {
      configFile: {
        "tool/config.json": { text: JSON.stringify({ servers, verbose: true }) },
      },
    },
  },
});
