// Pins split by a non-empty separator (edge cases: leading/trailing/adjacent separators) and replaceAll.
const path = "/var/lib//nextcloud/";
const csv = "a,b,,c";
export default {
  segments: path.split("/"),
  fields: csv.split(","),
  noSep: "abc".split(","),
  multiChar: "a::b::c".split("::"),
  emptyInput: "".split(","),
  replaced: "10.0.0.1".replaceAll(".", "-"),
  dollarReplacement: "cost: X".replaceAll("X", "$$5"),
  interp: "${a} ${b}".replaceAll("${", "$("),
  removal: "a-b-c".replaceAll("-", ""),
  regexChars: "a.b*c".replaceAll("*", "+"),
};
