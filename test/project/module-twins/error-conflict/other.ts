import { defineModule } from "tsnix";

export default defineModule({ config: { name: "other" } });
