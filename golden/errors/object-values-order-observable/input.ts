// Refuses Object.values joined into text (TSNIX1206): the join order is insertion order in JS.
const dns = { primary: "10.0.0.53", fallback: "9.9.9.9" };
export default { resolvers: Object.values(dns).join(" ") };
