import { defineModule } from "tsnix";

export default defineModule({ config: { code: 7 } });
