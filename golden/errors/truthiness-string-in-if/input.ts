// Refuses a string used as an `if` condition (TSNIX1200): "" is falsy in JS, Nix needs a boolean.
const label = (name: string) => {
  if (name) return name;
  return "unnamed";
};
export default { a: label("nas"), b: label("") };
