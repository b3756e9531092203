// Pins String(x) and .toString() on ints, booleans and null-able values, with JS's exact text.
const port = 8080;
const enabled = false;
const maybe = (ok: boolean): number | null => (ok ? 42 : null);
export default {
  int: String(port),
  negative: String(-12),
  bool: String(enabled),
  trueText: String(!enabled),
  nullable: [String(maybe(true)), String(maybe(false))],
  str: String("already"),
  method: port.toString(),
  boolMethod: true.toString(),
  empty: String(),
};
