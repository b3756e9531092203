// `.replace` with a string search replaces the first occurrence only; `$&`, `$$`, `` $` `` and `$'` in the
// replacement are expanded as JS does (when evaluated), `$1` stays as written (a string search has no groups).
const domain = "home.example.org";
const swap = (s: string, from: string, to: string) => s.replace(from, to);
export default {
  first: "10.0.0.1".replace(".", "-"),
  missing: domain.replace("x", "y"),
  empty: swap("abc", "", "<$&>"),
  patterns: domain.replace(".", "[$&|$$|$1|$`]"),
  nonAscii: "Zürich-Zürich".replace("ü", "ue"),
};
