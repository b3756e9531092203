// Refuses `sort()` without a comparator on booleans (TSNIX1209): JS sorts them as the strings "false"/"true".
export default { flags: [true, false].sort() };
