// Pins optional and default positional parameters: a missing argument is passed as null and defaulted inside.
const listen = (host: string, port: number = 80) => `${host}:${port}`;
const pick = (a: number, b?: number) => b ?? a;
const scale = (n: number, factor = 2, offset = 0) => n * factor + offset;
export default {
  defaulted: listen("0.0.0.0"),
  given: listen("::", 8080),
  zero: listen("localhost", 0),
  pickOne: pick(1),
  pickTwo: pick(1, 5),
  scaled: [scale(3), scale(3, 3), scale(3, 3, 1)],
};
