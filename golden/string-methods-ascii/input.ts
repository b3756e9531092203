// Pins ASCII string methods: case conversion, trimming (incl. tabs/newlines), padStart/padEnd, repeat.
const host = "  Web-01.Example.ORG \t\n";
const name = host.trim();
export default {
  trimmed: name,
  lower: name.toLowerCase(),
  upper: name.toUpperCase(),
  trimStart: host.trimStart(),
  trimEnd: host.trimEnd(),
  padded: "7".padStart(3, "0"),
  padMulti: "5".padStart(6, "ab"),
  padNoop: "12345".padStart(3, "0"),
  padEnd: "ab".padEnd(5, "."),
  padSpace: "x".padStart(4),
  repeat: "=-".repeat(3),
  repeatZero: "x".repeat(0),
};
