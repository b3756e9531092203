// Pins method shorthand in object literals, functions stored in attributes, and tuple-destructured parameters.
const ops = {
  double(x: number) {
    return x * 2;
  },
  triple: (x: number) => x * 3,
  name: "ops",
};
const endpoint = ([host, port]: [string, number]) => `${host}:${port}`;
const swap = ([a, b]: [string, string]): [string, string] => [b, a];
export default { d: ops.double(21), t: ops.triple(3), name: ops.name, endpoint: endpoint(["nas", 22]), swapped: swap(["x", "y"]) };
