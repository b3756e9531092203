// Refuses `+` between a string and an array (TSNIX1205): JS joins the array with commas.
const ports = [22, 80];
export default { text: "ports: " + ports };
