// Pins nested arrays: building, indexing and transposing a small matrix of rack positions.
const rack = [
  ["pdu", "switch", "router"],
  ["nas", "nas-jbod", "-"],
];
const transpose = (m: string[][]) => m[0]!.map((_, col) => m.map((row) => row[col]!));
export default {
  top: rack[0]![1],
  transposed: transpose(rack),
  sizes: rack.map((row) => row.length),
  flattened: rack.flat().filter((x) => x !== "-"),
};
