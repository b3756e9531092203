// Refuses `++` on a binding (TSNIX1102).
let retries = 0;
retries++;
export default { retries };
