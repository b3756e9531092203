// Pins number literals: ints (incl. negative and 2^53), floats with and without exponents.
const ports = { http: 80, https: 443, dns: 53, offset: -1, zero: 0 };
const ratios = { half: 0.5, tenth: 0.1, negative: -2.25, tiny: 1.5e-7, big: 1e21, thousand: 1e3 };
const limits = { maxSafe: 9007199254740992, minSafe: -9007199254740992, hex: 0xff, octal: 0o17, sep: 1_000_000 };
export default { ports, ratios, limits, list: [1, -1, 2.5, -0.5] };
