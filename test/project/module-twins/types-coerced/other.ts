import { defineModule } from "tsnix";

export default defineModule({ config: { coerced: { hosts: ["beta", "gamma"] } } });
