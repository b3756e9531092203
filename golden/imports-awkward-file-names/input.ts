// File names that are no Nix path literal are imported through a quoted path: `./. + "/my lib.nix"`.
import { greeting } from "./my lib";
import { domain } from "./net@home";
import { owner } from "./ümlaut";
import { port } from "./with.dots+plus";

export default { greeting, fqdn: `atlas.${domain}`, owner, port };
