// Refuses `.replace` with a string pattern (TSNIX1218): JS replaces the first match only.
export default { ip: "10.0.0.1".replace(".", "-") };
