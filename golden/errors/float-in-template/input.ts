// Refuses a non-integer number in a template (TSNIX1204): Nix prints 6 digits, JS the shortest round trip.
const load = 0.75;
export default { text: `load=${load}` };
