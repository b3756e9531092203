// Refuses a Set kept in a variable (TSNIX1113): it is mutable state. `[...new Set(xs)]` is supported.
const seen = new Set(["a", "b"]);
export default seen.has("a");
