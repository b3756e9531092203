// server-x86 as a QEMU VM (000: every step is validated in a VM first): same services, throwaway password.
import { defineVariant } from "tsnix";
import serverX86 from "./server-x86";
import vm from "./vm";

export default defineVariant(serverX86, { modules: [vm] });
