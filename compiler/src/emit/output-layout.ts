// Where each compiled source file's Nix goes, decided once for a whole run and shared by every command that writes
// (`tsnix compile -o`, `tsnix build`): the emitted `import` paths are computed from this layout, so they always
// name files written in the same run. A layout never writes one path twice and never writes over an input.
import * as path from "node:path";

export interface LayoutRequest {
  /** Every source file of the run (absolute paths). */
  readonly sources: readonly string[];
  /** The directory outputs go to; without it, each output sits beside its source. */
  readonly outputRoot?: string;
  /** The directory whose layout the outputs mirror; by default the deepest one holding every source. */
  readonly sourceRoot?: string;
  /** Sources placed at a chosen path instead (the entry file of `tsnix compile FILE -o OUT`). */
  readonly pinned?: ReadonlyMap<string, string>;
  /** Files no output may replace (the program's inputs: sources, declaration files, copied Nix files). */
  readonly inputs?: readonly string[];
}

export interface OutputLayout {
  /** source → output, for every source of the request. */
  readonly outputs: ReadonlyMap<string, string>;
  /** The output of a source; a source outside the request is placed beside itself. */
  outputOf(source: string): string;
}

export type LayoutProblem =
  | { readonly kind: "collision"; readonly output: string; readonly sources: readonly [string, string] }
  | { readonly kind: "overwrites-input"; readonly output: string; readonly source: string };

const TYPESCRIPT_EXTENSION = /\.(d\.)?[cm]?tsx?$/;

/** `lib/net.ts` → `lib/net.nix` (also `.mts`, `.cts`, `.tsx`). */
export function nixFileName(source: string): string {
  return TYPESCRIPT_EXTENSION.test(source) ? source.replace(TYPESCRIPT_EXTENSION, ".nix") : `${source}.nix`;
}

export function planOutputLayout(request: LayoutRequest): {
  readonly layout: OutputLayout;
  readonly problems: readonly LayoutProblem[];
} {
  const sources = [...new Set(request.sources.map((s) => path.resolve(s)))];
  const root =
    request.outputRoot === undefined ? undefined : (request.sourceRoot ?? commonDirectory(sources));
  const place = (source: string): string => {
    const pinned = request.pinned?.get(source);
    if (pinned !== undefined) return path.resolve(pinned);
    if (request.outputRoot === undefined || root === undefined) return nixFileName(source);
    return path.join(path.resolve(request.outputRoot), nixFileName(path.relative(root, source)));
  };
  const outputs = new Map(sources.map((source) => [source, place(source)] as const));
  const layout: OutputLayout = {
    outputs,
    outputOf: (source) => outputs.get(path.resolve(source)) ?? nixFileName(path.resolve(source)),
  };
  return { layout, problems: layoutProblems(outputs, request.inputs ?? []) };
}

function layoutProblems(outputs: ReadonlyMap<string, string>, inputs: readonly string[]): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const writer = new Map<string, string>();
  const inputSet = new Set([...inputs, ...outputs.keys()].map((f) => path.resolve(f)));
  for (const [source, output] of outputs) {
    const earlier = writer.get(output);
    if (earlier !== undefined) problems.push({ kind: "collision", output, sources: [earlier, source] });
    else writer.set(output, source);
    if (inputSet.has(output)) problems.push({ kind: "overwrites-input", output, source });
  }
  return problems;
}

/** The deepest directory that holds every file. */
export function commonDirectory(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  let common = path.dirname(path.resolve(files[0]!));
  for (const file of files.slice(1)) {
    const dir = path.dirname(path.resolve(file));
    while (!isInside(dir, common) && common !== path.dirname(common)) common = path.dirname(common);
  }
  return common;
}

/** Is `file` inside `dir` (or `dir` itself)? */
export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return (
    relative === "" ||
    (!path.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${path.sep}`))
  );
}
