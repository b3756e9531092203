// A default on a parameter that may also be null: tsnix passes undefined as null, so a real null would get the
// default too (TSNIX1208).
const pick = (a: number, b: number | null = 5) => b ?? a;
export default pick(1, null);
