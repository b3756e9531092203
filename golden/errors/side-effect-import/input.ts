// Refuses a discarded import for side effects (TSNIX1306).
import "./other";
export default { a: 1 };
