// Pins everyday loop idioms: a `seen` record tested for truthiness (a missing key is undefined, so falsy),
// counting with `counts[k] || 0`, the largest value so far, and chunking, where the full chunk is kept and the
// variable gets a new array right after.
const unique = (xs: string[]) => {
  const seen: Record<string, boolean> = {};
  const out: string[] = [];
  for (const x of xs) {
    if (seen[x]) continue;
    seen[x] = true;
    out.push(x);
  }
  return out;
};
const count = (words: string[]) => {
  const counts: Record<string, number> = {};
  for (const w of words) counts[w] = (counts[w] || 0) + 1;
  return counts;
};
const largest = (xs: number[]) => {
  let best: number | null = null;
  for (const x of xs) {
    if (best === null || x > best) best = x;
  }
  return best ?? -1;
};
const chunks = (xs: number[], size: number) => {
  const all: number[][] = [];
  let chunk: number[] = [];
  for (const x of xs) {
    chunk.push(x);
    if (chunk.length === size) {
      all.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) all.push(chunk);
  return all;
};
export default {
  unique: unique(["b", "a", "b", "c", "a"]),
  counts: count(["nginx", "sshd", "nginx"]),
  largest: [largest([3, 9, 2]), largest([])],
  chunks: chunks([1, 2, 3, 4, 5, 6, 7], 3),
};
