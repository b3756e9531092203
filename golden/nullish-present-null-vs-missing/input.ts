// Pins `??` with JS meaning: 0, "", false are kept; null and missing both fall back; a present null is not missing.
interface Opts { port?: number | null; name?: string; debug?: boolean }
const pick = (o: Opts) => ({
  port: o.port ?? 8080,
  name: o.name ?? "default",
  debug: o.debug ?? true,
  portIsNull: o.port === null,
  portMissing: o.port === undefined,
});
export default [
  pick({ port: 0, name: "", debug: false }),
  pick({ port: null }),
  pick({}),
  pick({ port: -1, name: "x" }),
];
