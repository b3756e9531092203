// Refuses indexing an array with a non-integer number (TSNIX1212).
const ports = [22, 80];
export default { p: ports[1.5] };
