// Pins Object.entries(...).map(...) whose order is erased by a final string sort(), and Object.keys(...).sort() joins.
const limits: Record<string, number> = { nofile: 65536, nproc: 4096, core: 0 };
export default {
  lines: Object.entries(limits).map(([k, v]) => `${k}=${v}`).sort(),
  joined: Object.keys(limits).sort().join(" "),
  highest: Math.max(...Object.values(limits)),
  anyZero: Object.values(limits).includes(0),
};
