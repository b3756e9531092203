// Refuses `new` of built-ins (TSNIX1113).
const epoch = new Date(0);
export default { isObject: typeof epoch === "object" };
