import { defineHost } from "tsnix";

export default defineHost({ system: "x86_64-linux", config: { networking: { hostName: "box" } } });
