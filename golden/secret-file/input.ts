// secretFile: the path of a secret put on the machine by hand, as a string (never a path literal, which would copy
// the secret into the store). Known now it is written as it is; computed, it is checked when evaluated.
import { secretFile } from "tsnix";

const keyOf = (name: string) => secretFile(`/var/lib/keys/${name}`);
const under = (dir: `/${string}`, name: string) => secretFile(`${dir}/${name}`);

export default [secretFile("/run/keys/restic"), keyOf("db"), under("/run/agenix", "mail")];
