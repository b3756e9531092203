// A submodule whose config is a function of its own config and its attribute name; definitions of the same
// attribute from two modules merge inside the submodule.
import { defineModule } from "tsnix";
import upstreams from "./upstreams";

export default defineModule({
  imports: [upstreams],
  config: {
    proxy: {
      upstreams: {
        api: { port: 8080 },
        media: { port: 9000, secure: true },
        api2: { port: 8081, url: "http://override" },
      },
    },
  },
});
