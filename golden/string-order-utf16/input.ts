// JS orders strings by UTF-16 code units, Nix by UTF-8 bytes: they disagree where a character beyond the BMP (😀)
// meets one in U+E000–U+FFFF (the private use area, ﬀ, �). Those comparisons go through a sort key; comparisons
// with a literal below U+D800 stay plain.
const names = ["zeta", "émile", "😀 smile", "\uFFFD replacement", "ﬀ ligature", "alpha", "\u{10000} first astral"];
const emoji: string = "😀";
export default {
  sorted: names.toSorted(),
  descending: names.toSorted((a, b) => (a < b ? 1 : a > b ? -1 : 0)),
  emojiBeforePrivateUse: emoji < "\uE000",
  emojiAfterAscii: emoji > "z",
  words: ["pear", "apple", "fig"].sort(),
};
