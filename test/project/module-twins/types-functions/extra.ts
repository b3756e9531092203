import { defineModule } from "tsnix";

export default defineModule({
  config: { fn: { packages: (set: { readonly extra?: string }) => [set.extra ?? "none"] } },
});
