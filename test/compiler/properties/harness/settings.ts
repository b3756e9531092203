// Run settings shared by the property tests: a fixed seed unless FC_SEED says otherwise, cases per family from
// FC_NUM_RUNS, and the time budget for shrinking a failure to a small counterexample.
const DEFAULT_SEED = 20_240_611;

function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}

/** The seed of this run (print it: replaying a failure needs it). */
export function propertySeed(): number {
  return intFromEnv("FC_SEED") ?? DEFAULT_SEED;
}

/** How many cases a family generates: FC_NUM_RUNS when set, else the family's default. */
export function casesPerFamily(defaultCount: number): number {
  return intFromEnv("FC_NUM_RUNS") ?? defaultCount;
}

/** Milliseconds spent shrinking each failing case (FC_SHRINK_MS; 0 turns shrinking off). */
export function shrinkBudgetMs(): number {
  return intFromEnv("FC_SHRINK_MS") ?? 8_000;
}
