// defineFlake means something only as flake.ts's default export.
import { defineFlake, defineHost } from "tsnix";

export const nested = defineFlake({ inputs: {} });
export default defineHost({ system: "x86_64-linux" });
