// Pins startsWith/endsWith/includes/indexOf, including empty needles and needles longer than the text.
const urls = ["https://cloud.example.org", "http://nas.local", "ssh://git.example.org:2222"];
export default urls.map((u) => ({
  secure: u.startsWith("https://"),
  local: u.endsWith(".local"),
  example: u.includes("example"),
  colon: u.indexOf(":"),
  missing: u.indexOf("ftp"),
  emptyStart: u.startsWith(""),
  emptyEnd: u.endsWith(""),
  tooLong: u.endsWith("x".repeat(40)),
}));
