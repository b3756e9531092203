// A file with a default export: compiled to that one value.
export default [
  { name: "nas", ip: "10.0.0.3" },
  { name: "pi", ip: "10.0.0.4" },
];
