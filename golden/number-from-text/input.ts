// Number(x), parseInt(s) and parseInt(s, 10) on text holding a whole decimal number: the number, as in JS. Other
// text (fractions, hex, NaN) is refused when evaluated.
const address = "10.0.042.7";
const octets = address.split(".").map(Number);
const sizeText = "512M";
export default {
  octets,
  host: octets[3]! + 100,
  megabytes: parseInt(sizeText, 10) * 1024,
  port: Number(" 8080 "),
  enabled: Number(true),
  padded: parseInt("007"),
};
