// Pins slice (negative and out-of-range indices), concat of arrays and single values, at().
const ports = [22, 80, 443, 8080, 9090];
export default {
  head: ports.slice(0, 2),
  tail: ports.slice(2),
  lastTwo: ports.slice(-2),
  middle: ports.slice(1, -1),
  beyond: ports.slice(3, 100),
  empty: ports.slice(4, 2),
  copy: ports.slice(),
  concat: ports.concat([1, 2], 3),
  last: ports.at(-1),
  first: ports.at(0),
};
