// Refuses optional calls `f?.()` (TSNIX1124).
const hooks: { pre?: (n: number) => number } = {};
export default { v: hooks.pre?.(1) ?? 0 };
