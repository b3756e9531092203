import { defineModule } from "tsnix";
import common from "./common";

export default defineModule({
  imports: [common],
  config: { common: { users: ["alice"], motd: "alpha was here" } },
});
