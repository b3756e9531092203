// Refuses `===` on objects (TSNIX1201): identity in JS, structural equality in Nix.
const a = { port: 22 };
const b = { port: 22 };
export default { same: a === b };
