import { defineModule } from "tsnix";
import backup from "./backup";

export default defineModule({
  imports: [backup],
  config: { backup: { paths: ["/var/lib/grafana"] }, services: { grafana: { enable: true } } },
});
