// One module imported from several places (directly, and through two modules that import it too) declares its
// options and adds its definitions once: NixOS de-duplicates modules by file.
import { defineModule } from "tsnix";
import alpha from "./alpha";
import beta from "./beta";
import common from "./common";

export default defineModule({
  imports: [alpha, common, beta, alpha],
  config: { common: { users: ["main"] } },
});
