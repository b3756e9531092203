import { defineModule } from "tsnix";

export default defineModule({
  config: { strings: { lines: "second line\nthird line", commas: "c", path: "/usr/bin", joined: "y" } },
});
