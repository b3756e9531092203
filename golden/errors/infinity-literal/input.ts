// Refuses Infinity (TSNIX1214).
const limit = (n: number) => (n > 0 ? n : Infinity);
export default { l: limit(5) };
