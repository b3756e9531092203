// Refuses `.split("")` of text known to be non-ASCII (TSNIX1207): JS cuts UTF-16 units, Nix would cut bytes.
const city = "Zürich";
export default { chars: city.split("") };
