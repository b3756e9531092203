// Pins the mutating array methods on a local array, as statements: each is a new version of the list.
const f = () => {
  const xs = [5, 3, 8];
  xs.unshift(1);
  xs.push(9, ...[10, 11]);
  xs.pop();
  xs.shift();
  xs[0] = 4;
  xs[xs.length] = 12;
  xs.sort((a, b) => a - b);
  xs.reverse();
  xs.splice(1, 2, 100, 200, 300);
  xs[1]++;
  return xs;
};
export default f();
