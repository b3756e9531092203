// Refuses a filter callback returning a string (TSNIX1200): JS keeps truthy results, Nix needs booleans.
const names = ["nas", "", "pi"];
export default { named: names.filter((n) => n) };
