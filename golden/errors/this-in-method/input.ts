// Refuses `this` (TSNIX1105).
const host = {
  name: "nas",
  fqdn() {
    return `${this.name}.home.arpa`;
  },
};
export default { fqdn: host.fqdn() };
