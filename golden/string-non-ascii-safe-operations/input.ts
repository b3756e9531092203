// Pins string operations that are exact on non-ASCII text (byte-wise equal to UTF-16 semantics): +, ===, includes, split, join, replaceAll, startsWith.
const city = "Zürich";
const greeting = "Grüße aus " + city + " 🚀";
export default {
  greeting,
  equal: city === "Zürich",
  includes: greeting.includes("aus Z"),
  startsWith: greeting.startsWith("Grü"),
  endsWith: greeting.endsWith("🚀"),
  parts: "a→b→c".split("→"),
  joined: ["α", "β"].join(" · "),
  replaced: greeting.replaceAll("ü", "ue"),
  template: `${city}/${"日本"}`,
};
