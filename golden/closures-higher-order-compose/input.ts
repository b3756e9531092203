// Pins higher-order functions: compose, pipe over a list of functions, functions returned from ternaries.
const compose = <A, B, C>(f: (b: B) => C, g: (a: A) => B) => (x: A) => f(g(x));
const inc = (n: number) => n + 1;
const dbl = (n: number) => n * 2;
const pipeline = [inc, dbl, inc];
const run = (x: number) => pipeline.reduce((acc, f) => f(acc), x);
const pick = (mode: string) => (mode === "double" ? dbl : inc);
export default { composed: compose(dbl, inc)(5), piped: run(3), picked: [pick("double")(10), pick("other")(10)] };
