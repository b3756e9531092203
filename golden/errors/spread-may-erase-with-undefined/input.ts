// Refuses a spread that may copy a member holding undefined over an earlier value (TSNIX1225): JavaScript erases
// the earlier value, Nix (where undefined members are absent) would keep it.
interface Overrides { port?: number | undefined; workers?: number }
const defaults = { port: 80, workers: 2 };
const overrides: Overrides = { port: undefined };
export default { ...defaults, ...overrides };
