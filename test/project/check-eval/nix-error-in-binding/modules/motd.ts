// The message of the day, read from a file beside the module (raw Nix: the file is not part of the project).
import { defineModule, nix } from "tsnix";

export default defineModule({
  config: {
    environment: {
      etc: {
        motd: { text: nix<string>`builtins.readFile ./motd.txt` },
      },
    },
  },
});
