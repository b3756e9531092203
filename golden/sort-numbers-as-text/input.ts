// `sort()` without a comparator compares numbers as their decimal text, like JS ([10, 9, 100] → [10, 100, 9]).
const ports = [8080, 443, 22, 10000];
const halves = (xs: number[]) => xs.map((x) => x / 2).toSorted();
export default { ports: ports.toSorted(), literal: [10, 9, 100, -1, -10].sort(), halves: halves([18, 200, 4]) };
