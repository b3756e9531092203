// Stage 1 of `tsnix types`: evaluates a module set's option tree with nix-instantiate and returns its schema.
import * as path from "node:path";
import { tsnixPackageRoot } from "../../../../compiler/src/program/package-root.js";
import { SCHEMA_FORMAT, type OptionsSchema } from "../schema.js";
import { ExtractError } from "./extract-error.js";
import { resolveInputs, type ResolvedInputs } from "./nix-inputs.js";
import { readExtracted } from "./read-extracted.js";
import { nixErrorExcerpt, runNixInstantiate, type NixRun } from "./run-nix.js";

export { ExtractError } from "./extract-error.js";

export interface ExtractOptions {
  /** "nixos" | "home-manager" | "nix-darwin" | a path to a .nix module file */
  readonly set: string;
  /** A nixpkgs (or nixpkgs.lib) checkout; default: NIX_PATH's nixpkgs entry. */
  readonly nixpkgs?: string;
  /** A home-manager checkout, for set home-manager (default: NIX_PATH's home-manager entry) or a home-manager
   *  module file. */
  readonly homeManager?: string;
  /** A nix-darwin checkout, for set nix-darwin (default: NIX_PATH's darwin entry). */
  readonly darwin?: string;
  readonly cwd: string;
}

/** How one evaluation is run; each failed attempt makes the next one more careful (see nextAttempt). */
interface Attempt {
  readonly pkgsMode: "real" | "stub";
  readonly renderValues: boolean;
  readonly skip: {
    readonly values: readonly (readonly string[])[];
    readonly types: readonly (readonly string[])[];
  };
}

// Options whose values abort evaluation are skipped one per attempt; past this many, values are not rendered at all.
const MAX_SKIPPED = 8;

export async function extractSchema(options: ExtractOptions): Promise<OptionsSchema> {
  const inputs = resolveInputs({ ...options, nixPath: process.env["NIX_PATH"] });
  const driver = path.join(tsnixPackageRoot(), "stdlib", "src", "typings", "extract", "extract.nix");
  let attempt: Attempt | undefined = {
    pkgsMode: "real",
    renderValues: true,
    skip: { values: [], types: [] },
  };
  let firstFailure: NixRun | undefined;
  while (attempt) {
    const run = await runNixInstantiate(nixArguments(driver, inputs, attempt), options.cwd);
    if (run.status === 0) {
      const { source, options: schemaOptions } = readExtracted(run.stdout);
      return {
        format: SCHEMA_FORMAT,
        set: inputs.schemaSet,
        source: source + skippedNote(attempt),
        options: schemaOptions,
      };
    }
    firstFailure ??= run;
    attempt = nextAttempt(attempt, run, inputs);
  }
  throw new ExtractError(failureMessage(inputs, firstFailure));
}

function nixArguments(driver: string, inputs: ResolvedInputs, attempt: Attempt): string[] {
  const strings: Record<string, string | undefined> = {
    set: inputs.driverSet,
    libPath: inputs.libPath,
    nixpkgs: inputs.nixpkgs,
    homeManager: inputs.homeManager,
    darwin: inputs.darwin,
    file: inputs.file,
    fileRoot: inputs.fileRoot,
    pkgsMode: attempt.pkgsMode,
    skip: JSON.stringify(attempt.skip),
  };
  const args = [
    "--eval",
    "--strict",
    "--json",
    driver,
    "--arg",
    "renderValues",
    String(attempt.renderValues),
  ];
  for (const [name, value] of Object.entries(strings))
    if (value !== undefined) args.push("--argstr", name, value);
  return args;
}

/**
 * Nix 2.8 cannot catch a missing attribute or a type error, so one bad default aborts the whole print. The output
 * printed so far ends inside the option at fault (its `__path` is printed first): skip its values, then its type;
 * when that does not help, try without packages and without rendered values; then give up.
 */
function nextAttempt(attempt: Attempt, run: NixRun, inputs: ResolvedInputs): Attempt | undefined {
  const at = lastPrintedPath(run.stdout);
  const has = (paths: readonly (readonly string[])[]): boolean =>
    at !== undefined && paths.some((p) => p.length === at.length && p.every((part, i) => part === at[i]));
  const careful: Attempt = { ...attempt, pkgsMode: "stub", renderValues: false };
  if (at === undefined) {
    // nothing printed: the option tree itself (or the package set) failed; only packages are worth dropping
    return attempt.pkgsMode === "real" && inputs.nixpkgs !== undefined
      ? { ...attempt, pkgsMode: "stub" }
      : undefined;
  }
  const skipped = attempt.skip.values.length + attempt.skip.types.length;
  if (!has(attempt.skip.values) && skipped < MAX_SKIPPED) {
    return { ...attempt, skip: { ...attempt.skip, values: [...attempt.skip.values, at] } };
  }
  if (!has(attempt.skip.types) && skipped < MAX_SKIPPED) {
    return { ...attempt, skip: { ...attempt.skip, types: [...attempt.skip.types, at] } };
  }
  return attempt.renderValues || attempt.pkgsMode === "real" ? careful : undefined;
}

/** The `__path` of the last option entry nix started to print (the one at fault when it aborted). */
export function lastPrintedPath(partialOutput: string): string[] | undefined {
  const marker = '{"__path":';
  const start = partialOutput.lastIndexOf(marker) + marker.length;
  if (start < marker.length) return undefined;
  // an option name may contain "]": try each closing bracket until the text parses
  for (let end = partialOutput.indexOf("]", start); end >= 0; end = partialOutput.indexOf("]", end + 1)) {
    try {
      return JSON.parse(partialOutput.slice(start, end + 1)) as string[];
    } catch {
      // not the end of the path yet
    }
  }
  return undefined;
}

function skippedNote(attempt: Attempt): string {
  const names = (paths: readonly (readonly string[])[]): string => paths.map((p) => p.join(".")).join(", ");
  const notes = [
    ...(attempt.skip.values.length > 0 ? [`the values of ${names(attempt.skip.values)}`] : []),
    ...(attempt.skip.types.length > 0 ? [`the types of ${names(attempt.skip.types)}`] : []),
  ];
  return notes.length === 0 ? "" : `; left out because evaluating them aborts: ${notes.join("; ")}`;
}

function failureMessage(inputs: ResolvedInputs, run: NixRun | undefined): string {
  const what =
    inputs.driverSet === "file"
      ? `the module file ${inputs.file}`
      : `the ${inputs.driverSet} options (${inputs.homeManager ?? inputs.darwin ?? inputs.nixpkgs})`;
  const excerpt = run ? nixErrorExcerpt(run.stderr) : "";
  const versions =
    inputs.driverSet === "home-manager" || inputs.driverSet === "nix-darwin"
      ? ` ${inputs.driverSet} needs a nixpkgs lib at least as new as its own release; check that --nixpkgs matches it.`
      : "";
  return (
    `evaluating ${what} with nix-instantiate failed:\n${excerpt.replace(/^/gm, "  ")}\n` +
    `Fix the error above, or generate typings from a schema file with --schema FILE.json.gz.${versions}`
  );
}
