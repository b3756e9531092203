// Pins property access (dotted, quoted keys, computed keys from strings) and array indexing.
const hosts: Record<string, { ip: string; ports: number[] }> = {
  "local.example.org": { ip: "10.0.0.2", ports: [22, 80] },
  nas: { ip: "10.0.0.3", ports: [445] },
};
const name = "nas";
const table = { if: "kw", "with-dash": 1, "0": "zero" };
const i = 1;
export default {
  quoted: hosts["local.example.org"].ip,
  computed: hosts[name].ports[0],
  indexed: hosts["local.example.org"].ports[i],
  keyword: table.if,
  dashed: table["with-dash"],
  numeric: table[0],
  last: [10, 20, 30][2],
};
