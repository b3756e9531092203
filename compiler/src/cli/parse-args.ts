// A small, strict argument parser: known flags only, every mistake reported as a usage error (exit 2).
export interface FlagSpec {
  /** Long name without dashes, e.g. "out". */
  readonly name: string;
  readonly short?: string;
  readonly takesValue: boolean;
  /** Takes two values (`--override-input NAME PATH`) and may be given several times. */
  readonly pairs?: boolean;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
  /** Values of `pairs` flags, in the order given. */
  readonly pairs: ReadonlyMap<string, readonly (readonly [string, string])[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const pairs = new Map<string, [string, string][]>();
  const byName = new Map<string, FlagSpec>();
  for (const spec of specs) {
    byName.set(`--${spec.name}`, spec);
    if (spec.short) byName.set(`-${spec.short}`, spec);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [flag, inlineValue] =
      arg.startsWith("--") && arg.includes("=") ? splitOnce(arg, "=") : [arg, undefined];
    const spec = byName.get(flag);
    if (!spec) throw new UsageError(`unknown option '${flag}'`);
    if (spec.pairs) {
      const first = argv[++i];
      const second = argv[++i];
      if (!first || !second) throw new UsageError(`option '--${spec.name}' needs two values`);
      pairs.set(spec.name, [...(pairs.get(spec.name) ?? []), [first, second]]);
      continue;
    }
    if (flags.has(spec.name)) throw new UsageError(`option '--${spec.name}' given twice`);
    if (!spec.takesValue) {
      if (inlineValue !== undefined) throw new UsageError(`option '--${spec.name}' takes no value`);
      flags.set(spec.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || value === "") throw new UsageError(`option '--${spec.name}' needs a value`);
    flags.set(spec.name, value);
  }
  return { positionals, flags, pairs };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

function splitOnce(s: string, sep: string): [string, string] {
  const at = s.indexOf(sep);
  return [s.slice(0, at), s.slice(at + 1)];
}
