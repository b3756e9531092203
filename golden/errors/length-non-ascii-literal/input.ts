// Refuses `.length` of a non-ASCII string (TSNIX1207): UTF-16 units in JS, bytes in Nix.
const city = "Zürich";
export default { len: city.length };
