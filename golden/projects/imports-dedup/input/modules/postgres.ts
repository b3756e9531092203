import { defineModule } from "tsnix";
import backup from "./backup";

export default defineModule({
  imports: [backup],
  config: { backup: { paths: ["/var/lib/postgresql"] }, services: { postgresql: { enable: true } } },
});
