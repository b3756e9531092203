// Named exports only: compiled to an attribute set of the exported values.
export const domain = "home.arpa";
export const sshPort = 2222;
export const fqdn = (host: string) => `${host}.${domain}`;
const internal = "not exported";
export const describe = () => internal;
