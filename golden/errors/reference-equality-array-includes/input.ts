// Refuses `.includes` on an array of objects (TSNIX1201): JS compares identity.
const hosts = [{ name: "nas" }];
export default { found: hosts.includes({ name: "nas" }) };
