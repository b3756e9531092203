// Pins slice (negative positions), substring (swapped and clamped arguments), charAt and indexing.
const s = "nextcloud.example.org";
export default {
  prefix: s.slice(0, 9),
  suffix: s.slice(-3),
  middle: s.slice(10, -4),
  fromOnly: s.slice(10),
  emptyRange: s.slice(5, 2),
  sub: s.substring(0, 4),
  swapped: s.substring(9, 4),
  clamped: s.substring(-5, 4),
  beyond: s.substring(18, 100),
  charAt: s.charAt(4),
  charAtOut: s.charAt(100),
  index: s[0],
  length: s.length,
};
