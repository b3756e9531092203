// Refuses a callback declaring more parameters than JavaScript passes there (TSNIX1216): Array.from passes the
// element and its index; an extra optional parameter would always be undefined.
const ids = Array.from({ length: 3 }, (_, i, offset?: number) => i + (offset ?? 0));
export default { ids };
