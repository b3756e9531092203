// Pins names that are valid in Nix only with care: `x'`-like primes are impossible in TS, but `a-b` keys and `_1` are not.
const x1 = 1;
const x_1 = 2;
const obj = { "a-b": x1, a_b: x_1, "a'b": 3, "-lead": 4, _: 5, "1a": 6 };
export default { obj, pick: obj["a-b"] + obj["a'b"] + obj["-lead"] + obj["1a"] };
