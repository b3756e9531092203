import { defineModule } from "tsnix";
import { enableOption, portOption, serviceUnit, whenEnabled } from "./lib/options";
import { fqdn, unitName } from "./lib/names";
import units from "./units";

export default defineModule({
  imports: [units],
  options: { loki: { enable: enableOption("loki"), port: portOption(3100, "loki") } },
  config: ({ config }) =>
    whenEnabled(config.loki.enable, {
      units: { [unitName("loki")]: serviceUnit("loki", config.loki.port) },
      hosts: [fqdn("loki", "home.arpa")],
    }),
});
