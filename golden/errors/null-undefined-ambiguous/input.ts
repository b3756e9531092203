// Refuses telling null from undefined when a value may be both (TSNIX1208): both are Nix null.
const describe = (v: string | null | undefined) => (v === undefined ? "missing" : "present");
export default { a: describe(null) };
