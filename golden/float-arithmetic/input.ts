// Pins float arithmetic and mixing ints with floats (Nix promotes like JS: 1 + 0.5 = 1.5).
const cpuShare = 0.25;
const hosts = 12;
export default {
  total: hosts * cpuShare,
  sum: 0.1 + 0.2,
  mixed: 1 + 0.5,
  scaled: 2.5 * 4,
  neg: -cpuShare * 2,
  compare: 0.1 + 0.2 > 0.3,
  half: hosts / 2 + 0.5,
};
