// Refuses `.split("")` (TSNIX1219): JS splits into UTF-16 units.
export default { chars: "nas".split("") };
