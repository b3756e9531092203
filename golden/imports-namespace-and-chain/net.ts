// Re-uses another file's exports and adds its own.
import { prefix } from "./base";
export const gateway = `${prefix}.1`;
export const subnet = (vlan: number) => `${prefix}.${vlan}.0/24`;
export const dnsServers = [`${prefix}.53`, "9.9.9.9"];
