// A relative path (here past the type through `any`) would resolve against the flake: refused.
import { secretFile } from "tsnix";

const where: any = "keys/restic";
export const typed = secretFile(where);
export const literal = secretFile("keys/db" as any);
