// Pins renaming so Nix's recursive `let` never captures: inner consts that shadow outer ones or refer to them.
const port = 80;
const name = "web";
const mk = (port: number) => {
  const name = `svc-${port}`;
  const inner = port + 1;
  return { name, inner };
};
const shadow = (x: number) => {
  const y = x + 1;
  const f = (y: number) => {
    const x = y * 2;
    return x + 1;
  };
  return f(y);
};
export default { port, name, mk: mk(8080), shadow: shadow(3) };
