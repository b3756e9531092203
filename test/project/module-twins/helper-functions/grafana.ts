import { defineModule } from "tsnix";
import { enableOption, portOption, serviceUnit, whenEnabled } from "./lib/options";
import { fqdn, unitName } from "./lib/names";
import units from "./units";

export default defineModule({
  imports: [units],
  options: { grafana: { enable: enableOption("grafana"), port: portOption(3000, "grafana") } },
  config: ({ config }) =>
    whenEnabled(config.grafana.enable, {
      units: { [unitName("grafana")]: serviceUnit("grafana", config.grafana.port) },
      hosts: [fqdn("grafana", "home.arpa")],
    }),
});
