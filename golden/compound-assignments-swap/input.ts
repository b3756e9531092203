// Pins compound assignments (`+=` on numbers and strings, `??=`, `||=`, `&&=`, `**=`, `%=`) and a swap by
// destructuring.
const f = (a0: number, b0: number, given?: string) => {
  let a = a0;
  let b = b0;
  [a, b] = [b, a];
  let text = "x";
  text += a;
  text += "-" + b;
  let name = given;
  name ??= "anonymous";
  let label = given ?? "";
  label ||= "none";
  let enabled = a > b;
  enabled &&= b > 0;
  let n = 3;
  n *= 2;
  n -= 1;
  n **= 2;
  n %= 7;
  return { a, b, text, name, label, enabled, n };
};
export default [f(1, 2), f(5, 3, "web")];
