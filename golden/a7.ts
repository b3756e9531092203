const pick = (xs: string[]) => {
  const seen: Record<string, boolean> = {};
  const unique: string[] = [];
  for (const x of xs) {
    if (seen[x]) continue;
    seen[x] = true;
    unique.push(x);
  }
  return unique;
};
export default pick(["b", "a", "b", "c", "a"]);
