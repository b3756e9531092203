// A rest parameter of a function that is only ever called directly takes the rest as one list: each call packs
// its arguments from the rest position on (spread arrays are appended as they are).
function ports(base: number, ...offsets: number[]): number[] {
  return offsets.map((o) => base + o);
}
const hostList = (...names: string[]) => names.join(",");
const extra = [2, 3];
export default {
  none: ports(8000),
  some: ports(8000, 80, 443),
  spread: ports(9000, 1, ...extra, 4),
  hosts: hostList("atlas", "pi"),
  empty: hostList(),
};
