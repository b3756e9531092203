// Pins constructs that only exist for the type checker: interfaces, aliases, `as`, `satisfies`, `!`, generics, type guards.
interface Service { name: string; port: number }
type Port = number;
const svc = { name: "ssh", port: 22 } satisfies Service;
const forced = { name: "dns", port: 53 } as Service;
const maybe: Service | undefined = svc;
const first = <T,>(xs: readonly T[], fallback: T): T => (xs.length > 0 ? xs[0]! : fallback);
const isString = (x: string | null): x is string => x !== null;
const http: Port = 80;
export default {
  svc,
  forced: forced.port,
  bang: maybe!.name,
  first: first([3, 4], 0),
  none: first([] as string[], "none"),
  strings: ["a", null, "b"].filter(isString),
  http,
};
