// alice's home on the workstation: home/alice.ts with what only the Mac needs.
import { defineHome } from "tsnix";
import alice from "./alice";

export default defineHome({ imports: [alice], config: { profile: { workstation: true } } });
