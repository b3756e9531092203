// Pins JS `/` (always real division) versus explicit integer division `Math.trunc(a / b)` → builtins.div.
const cores = 7;
const workers = 2;
const memMb = 3000;
export default {
  real: cores / workers,
  exact: 8 / 2,
  negative: -7 / 2,
  truncated: Math.trunc(cores / workers),
  truncatedNegative: Math.trunc(-7 / 2),
  floored: Math.floor(-7 / 2),
  perWorkerGb: Math.floor(memMb / workers / 1024),
  mixed: 1.5 / 3,
  ratio: (memMb / 1000) * 2,
};
