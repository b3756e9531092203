// Pins JSON.stringify of integral floats (JS prints "3", not "3.0") and of control/non-ASCII characters and slashes.
const cores = 6;
// Numbers of unknown kind are checked when evaluated: integral floats print as integers, as in JS.
const asJson = (xs: number[]) => JSON.stringify(xs);
export default {
  floats: asJson([cores / 2, 1.5 * 2, -4 / 2]),
  controls: JSON.stringify("a\u0001b\u001fc\u007fd\re\n"),
  slashes: JSON.stringify("</script> \\ /"),
  unicode: JSON.stringify("é 日本 🚀"),
  dollar: JSON.stringify("${x} $y"),
};
