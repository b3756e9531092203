// Pins `+` on strings with numbers and booleans converted like JS, left to right ("x" + 1 + 2 is "x12").
const port = 8080;
const n = 3;
export default {
  prefix: "port " + port,
  leftToRight: 1 + 2 + "x",
  stringFirst: "x" + 1 + 2,
  grouped: "x" + (1 + 2),
  negative: "offset" + -5,
  bool: "enabled=" + (port > 1024),
  chain: "a" + "b" + "c",
  count: n + " hosts",
};
