// Pins `while` and `do … while`: a step function run by jsWhile (builtins.genericClosure, no deep recursion).
const collatz = (start: number) => {
  let n = start;
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? Math.trunc(n / 2) : 3 * n + 1;
    steps++;
  }
  return steps;
};
const retries = (limit: number) => {
  const delays: number[] = [];
  let delay = 1;
  do {
    delays.push(delay);
    delay *= 2;
  } while (delay <= limit);
  return delays;
};
const countdown = (from: number) => {
  let i = from;
  let text = "";
  while (true) {
    if (i < 0) break;
    text += `${i} `;
    i -= 1;
  }
  return text;
};
export default { collatz: [collatz(1), collatz(6), collatz(27)], retries: [retries(0), retries(20)], countdown: countdown(3) };
