// Read-only options: set by their default only, read by other modules (the rest of config computed from them).
import { defineModule } from "tsnix";
import consumer from "./consumer";
import system from "./system";

export default defineModule({
  imports: [system, consumer],
  config: { system: { writable: "changed" } },
});
