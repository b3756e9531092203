// Refuses a number as an operand of `&&` (TSNIX1200).
const hosts = ["nas", "pi"];
export default { any: hosts.length && hosts[0] === "nas" };
