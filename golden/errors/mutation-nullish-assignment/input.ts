// Refuses the `??=` compound assignment (TSNIX1102).
const make = (opts: { port?: number }) => {
  opts.port ??= 80;
  return opts;
};
export default make({});
