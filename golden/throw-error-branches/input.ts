// Pins `throw new Error(msg)` and `throw "msg"` in branches not taken (Nix is lazy: only a taken branch throws).
const parsePort = (s: string): number => {
  if (s === "ssh") return 22;
  if (s === "http") return 80;
  throw new Error(`unknown service ${s}`);
};
const check = (n: number) => (n > 0 ? n : (() => { throw "non-positive"; })());
export default { ports: ["ssh", "http"].map(parsePort), checked: check(5) };
