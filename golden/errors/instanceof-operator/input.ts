// Refuses `instanceof` (TSNIX1211).
const isList = (x: unknown) => x instanceof Array;
export default { list: isList([1]) };
