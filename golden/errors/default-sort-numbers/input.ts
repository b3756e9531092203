// Refuses `sort()` without a comparator on numbers (TSNIX1209): JS sorts them as strings.
export default { ports: [443, 22, 8080].sort() };
