// Pins <, <=, >, >= on numbers (int/float mix) and on strings (byte order of ASCII text).
const versions = ["23.11", "24.05", "24.11"];
export default {
  ints: [1 < 2, 2 <= 2, 3 > 4, -1 >= -1],
  mixed: [1 < 1.5, 2.0 >= 2, -0.5 > -1],
  strings: ["a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a"],
  newer: versions.filter((v) => v >= "24.05"),
  strict: ["24.05" > "24.05", "24.05" >= "24.05"],
};
