// Refuses `??=` on a member of a parameter's object (TSNIX1134): the caller would see the change.
const make = (opts: { port?: number }) => {
  opts.port ??= 80;
  return opts;
};
export default make({});
