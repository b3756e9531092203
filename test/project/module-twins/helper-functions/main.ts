// Helper files shared by modules: option builders that use lib (compiled to `{ lib }: …` and imported with lib
// passed on), plain functions, and a generic helper wrapping mkIf.
import { defineModule } from "tsnix";
import grafana from "./grafana";
import loki from "./loki";

export default defineModule({
  imports: [grafana, loki],
  config: { grafana: { enable: true, port: 3001 } },
});
