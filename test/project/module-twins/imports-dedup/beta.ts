import { defineModule } from "tsnix";
import alpha from "./alpha";
import common from "./common";

export default defineModule({
  imports: [common, alpha],
  config: { common: { users: ["bob"], motd: "beta was here" } },
});
