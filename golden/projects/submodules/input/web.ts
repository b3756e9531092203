import { defineHost } from "tsnix";
import sites from "./modules/sites";

export default defineHost({
  system: "x86_64-linux",
  modules: [sites],
  config: {
    sites: { grafana: { port: 3000 }, wiki: { port: 8080, tls: false, domain: "docs.example.org" } },
    people: { alice: {}, bob: { shell: "zsh" } },
  },
});
