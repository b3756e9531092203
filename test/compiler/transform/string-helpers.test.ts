// String helpers on UTF-8 text (issue 12, causes 3 and 4): Nix counts bytes where JS counts UTF-16 units. Every
// operand a helper cuts or counts — the receiver, a pad fill, an empty search — must be ASCII, known now or
// checked when evaluated; byte searches for whole strings stay exact on any text.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("string helpers on non-ASCII text", [
  {
    name: "replaceAll with an empty search on non-ASCII text",
    source: 'export default "é".replaceAll("", "-");',
    expect: "TSNIX1207",
  },
  {
    name: "replaceAll with an empty search known only when evaluated",
    source: 'const rep = (s: string, x: string) => s.replaceAll(x, "-");\nexport default rep("é", "");',
    expect: "stops",
  },
  {
    name: "replaceAll with an empty search through a const, on ASCII text",
    source:
      'const none = "";\nconst rep = (s: string) => s.replaceAll(none, "-");\nexport default [rep("ab"), rep("")];',
    expect: "same",
  },
  {
    name: "replaceAll with a search chosen at run time, any text",
    source:
      'const rep = (s: string, x: string) => s.replaceAll(x, "+");\n' +
      'export default [rep("aébé", "é"), rep("日本語", "本"), rep("x😀y", "😀"), rep("ab", "")];',
    expect: "same",
  },
  {
    name: "padStart with a non-ASCII fill literal",
    source: 'export default "5".padStart(3, "é");',
    expect: "TSNIX1207",
  },
  {
    name: "padStart with a fill through a generic view",
    source:
      'const pad = <S extends string>(s: string, f: S) => s.padStart(3, f);\nexport default pad("5", "é");',
    expect: "stops",
  },
  {
    name: "padEnd with a fill from JSON.parse",
    source: 'const fill: string = JSON.parse(\'"ü"\');\nexport default "5".padEnd(4, fill);',
    expect: "stops",
  },
  {
    name: "padding is exact with ASCII fills, and a non-ASCII fill that is never used is fine",
    source:
      "const pad = (s: string, f: string) => [s.padStart(5, f), s.padEnd(5, f)];\n" +
      'export default [pad("ab", "xyz"), pad("abcdef", "é"), pad("a", "")];',
    expect: "same",
  },
  {
    name: "whole-string searches stay exact on non-ASCII text",
    source:
      'const t: string = "aébé";\n' +
      'export default [t.includes("é"), t.split("é"), t.startsWith("aé"), t.endsWith("é"), t.replaceAll("é", "e")];',
    expect: "same",
  },
]);
