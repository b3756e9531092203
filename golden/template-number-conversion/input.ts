// Pins template literals converting integers like JS does (negative, computed, counts and rounded floats).
const port = 8080;
const offset = -3;
const hosts = ["alpha", "beta", "gamma"];
const load = 2.6;
export default {
  url: `http://localhost:${port}/`,
  shifted: `port ${port + offset}`,
  negative: `offset=${offset}`,
  count: `${hosts.length} hosts`,
  rounded: `load ~${Math.round(load)}`,
  product: `${port * 2}${offset}`,
};
