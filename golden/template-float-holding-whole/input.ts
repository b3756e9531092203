// A float that holds a whole number prints like JS (`${10 / 2}` is "5"): jsNumberToString checks when evaluated,
// and refuses a fraction then. A fraction known at compile time (0.75, Math.PI) is refused right away (TSNIX1204).
const cores = 8;
const half = cores / 2;
const ratio = (used: number, total: number) => (used * 100) / total;
export default {
  workers: `${half} workers`,
  percent: `${ratio(3, 4)}%`,
  joined: "x" + (6 / 2),
  padded: String(cores / 4).padStart(3, "0"),
};
