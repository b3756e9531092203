// Pins shorthand members `{ a, b }` → `inherit a b;`, mixed with ordinary members.
const hostName = "nas";
const domain = "home.arpa";
const timeZone = "Europe/Berlin";
const fqdn = `${hostName}.${domain}`;
export default { hostName, domain, timeZone, fqdn, stateVersion: "24.05" };
