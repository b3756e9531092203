// Refuses `var` declarations (TSNIX1103).
var domain = "example.org";
export default { domain };
