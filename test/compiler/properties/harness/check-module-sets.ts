// The oracle for generated module sets: each set is written as TypeScript (compiled by tsnix as `tsnix build`
// compiles modules: many sets per TypeScript program) and as its direct Nix rendering; both are evaluated by
// nixpkgs' lib.evalModules, many sets per nix process, and must give the same config and declared options, or fail
// with the same error.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileFiles, type CompileResult } from "../../../../compiler/src/compile.js";
import { evalModuleSets, type ModuleSetResult } from "../../../support/module-eval.js";
import type { ModuleSet } from "../generators/module-set-model.js";
import { moduleSetAsNix } from "../generators/module-set-nix.js";
import { moduleSetAsTypeScript } from "../generators/module-set-ts.js";

export type ModuleSetOutcomeKind =
  /** Both evaluated to the same config and options. */
  | "equal"
  /** Both failed with the same error (the set breaks a rule of the module system). */
  | "same-error"
  /** Compiler bugs: different results, a refusal, a crash. */
  | "mismatch"
  | "refused"
  | "compiler-crash"
  /** TypeScript rejected the module set: a typing bug, or a generator that wrote invalid TypeScript. */
  | "type-error";

export const MODULE_SET_FAILURES: readonly ModuleSetOutcomeKind[] = [
  "mismatch",
  "refused",
  "compiler-crash",
  "type-error",
];

export interface ModuleSetOutcome {
  readonly kind: ModuleSetOutcomeKind;
  /** Every file of the set, TypeScript and Nix twin, under `// ---- path` lines. */
  readonly source: string;
  readonly detail?: string;
}

const COMPILE_CHUNK = 60;
const EVAL_CHUNK = 120;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2023"],
    types: [],
    noEmit: true,
    skipLibCheck: true,
    exactOptionalPropertyTypes: true,
  },
};

interface Placed {
  readonly dir: string;
  readonly source: string;
  entry: string;
  compiled?: string;
  problem?: ModuleSetOutcome;
}

export function checkModuleSets(sets: readonly ModuleSet[], libDir: string): ModuleSetOutcome[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-module-sets-"));
  try {
    const src = path.join(root, "src");
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, "tsconfig.json"), JSON.stringify(TSCONFIG));
    const placed = sets.map((set, i) => place(set, path.join(src, `s${i}`)));
    for (let k = 0; k < placed.length; k += COMPILE_CHUNK) {
      compileChunk(placed.slice(k, k + COMPILE_CHUNK), src, path.join(root, "out"));
    }
    const ready = placed.filter((p) => p.problem === undefined);
    const results: ModuleSetResult[] = [];
    for (let k = 0; k < ready.length; k += EVAL_CHUNK) {
      const chunk = ready.slice(k, k + EVAL_CHUNK);
      results.push(
        ...evalModuleSets(
          chunk.flatMap((p) => [[p.compiled!], [path.join(p.dir, "twin", "m0.nix")]]),
          libDir,
        ),
      );
    }
    ready.forEach((p, i) => {
      p.problem = compare(p, results[2 * i]!, results[2 * i + 1]!);
    });
    return placed.map((p) => p.problem!);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function place(set: ModuleSet, dir: string): Placed {
  const files = [
    ...moduleSetAsTypeScript(set),
    ...moduleSetAsNix(set).map((f) => ({ path: `twin/${f.path}`, text: f.text })),
  ];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.text);
  }
  const source = files.map((f) => `// ---- ${f.path}\n${f.text}`).join("");
  return { dir, source, entry: path.join(dir, "m0.ts") };
}

function compileChunk(chunk: readonly Placed[], src: string, out: string): void {
  let result: CompileResult;
  try {
    result = compileFiles(
      chunk.map((p) => p.entry),
      { withImports: true, project: { root: src }, layout: { outputRoot: out, sourceRoot: src } },
    );
  } catch (error) {
    for (const p of chunk) p.problem = { kind: "compiler-crash", source: p.source, detail: String(error) };
    return;
  }
  for (const p of chunk) {
    const mine = result.diagnostics.filter(
      (d) => d.file === undefined || d.file.startsWith(p.dir + path.sep),
    );
    if (mine.some((d) => d.severity === "error")) {
      const detail = mine.map(
        (d) => `${path.relative(p.dir, d.file ?? "")}:${d.line}:${d.column} ${d.code} ${d.message}`,
      );
      const kind = mine.some((d) => !d.code.startsWith("TSNIX")) ? "type-error" : "refused";
      p.problem = { kind, source: p.source, detail: detail.join("\n") };
      continue;
    }
    for (const file of result.files.filter((f) => f.sourcePath.startsWith(p.dir + path.sep))) {
      const output = result.layout.outputOf(file.sourcePath);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, file.nix ?? "");
    }
    p.compiled = result.layout.outputOf(p.entry);
  }
}

function compare(p: Placed, ts: ModuleSetResult, twin: ModuleSetResult): ModuleSetOutcome {
  const compiled = fs
    .readdirSync(path.dirname(p.compiled!))
    .filter((f) => f.endsWith(".nix"))
    .sort()
    .map((f) => `// ---- compiled ${f}\n${fs.readFileSync(path.join(path.dirname(p.compiled!), f), "utf8")}`)
    .join("");
  const source = p.source + compiled;
  if (!ts.ok || !twin.ok) {
    const same = !ts.ok && !twin.ok && ts.error === twin.error;
    const detail = `compiled: ${ts.ok ? "evaluated" : ts.error}\ntwin: ${twin.ok ? "evaluated" : twin.error}`;
    return { kind: same ? "same-error" : "mismatch", source, detail };
  }
  const a = JSON.stringify(ts);
  const b = JSON.stringify(twin);
  return a === b
    ? { kind: "equal", source }
    : { kind: "mismatch", source, detail: `compiled: ${a}\ntwin:     ${b}` };
}
