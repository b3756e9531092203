// `.length` counts UTF-16 units: known text now, other text when evaluated (a character beyond the BMP counts 2).
const city = "Zürich";
const len = (s: string) => s.length;
export default { known: city.length, ascii: len("atlas"), accents: len("Zürich"), emoji: len("ok 👍"), cjk: len("東京") };
