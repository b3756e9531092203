// Pins a const whose initializer uses an outer binding of the same name (`const port = port + 1` in Nix would loop).
const port = 8000;
const offset = (n: number) => {
  const result = (() => {
    const port2 = port + n;
    return port2;
  })();
  return result;
};
const nested = (port: number) => {
  const f = (base: number) => {
    const port3 = base + port;
    return port3;
  };
  return f(port);
};
const counter = (count: number) => {
  const inner = (count2: number) => count + count2;
  return inner(count);
};
export default { a: offset(1), b: nested(5), c: counter(7), port };
