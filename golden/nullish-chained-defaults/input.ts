// Pins chains of `??` (right-associative fallbacks) and `??` inside arithmetic and templates.
const env: Record<string, string | undefined> = { PORT: "8080", HOST: undefined };
const fallback = (a: number | null, b: number | null, c: number) => a ?? b ?? c;
export default {
  first: fallback(1, 2, 3),
  second: fallback(null, 2, 3),
  third: fallback(null, null, 3),
  zero: fallback(0, null, 3),
  sum: (fallback(null, 5, 0) ?? 0) + 1,
  host: env["HOST"] ?? "localhost",
  port: env["PORT"] ?? "80",
  missing: env["NOPE"] ?? "unset",
  text: `${env["HOST"] ?? "localhost"}:${env["PORT"] ?? "80"}`,
};
