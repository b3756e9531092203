// Pins passing a named function to map: JS passes (element, index), so a second optional parameter gets the index.
const label = (name: string, port: number = 80) => `${name}:${port}`;
const describe = (name: string, i?: number) => (i === undefined ? name : `${i}-${name}`);
const add = (a: number, b?: number) => a + (b ?? 100);
const single = (name: string) => name.toUpperCase();
export default {
  labels: ["a", "b"].map(label),
  described: ["x", "y", "z"].map(describe),
  added: [10, 20].map(add),
  single: ["nas", "pi"].map(single),
};
