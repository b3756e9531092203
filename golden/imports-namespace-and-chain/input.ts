// Pins `import * as` of a file with named exports, and a chain of imports (input → net → base).
import * as net from "./net";
export default { gateway: net.gateway, lan: net.subnet(10), dns: net.dnsServers };
