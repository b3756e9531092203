// The Node-vs-Nix oracle for generated programs, in batches: compile every case with tsnix (one TypeScript program),
// run each in Node, evaluate the printed Nix with one nix-instantiate process per batch, and sort each case into an
// outcome: equal, refused (legitimately or not), a compiler bug, or a generator bug.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileFiles, type CompileResult } from "../../../../compiler/src/compile.js";
import { normalizeJs } from "../../../support/compare.js";
import { evalManyJson } from "../../../support/nix.js";
import { runTsModule } from "../../../support/node-eval.js";
import { sameNodeNixValue } from "./same-value.js";

export type OutcomeKind =
  /** Node and Nix computed the same value. */
  | "equal"
  /** tsnix refused the program with a TSNIX diagnostic. */
  | "refused"
  /** The Nix code refused at evaluation time (a runtime helper's `throw`). */
  | "nix-throw"
  /** Compiler bugs: a different value, a Nix error that is not a deliberate throw, a crash, empty output. */
  | "mismatch"
  | "nix-error"
  | "compiler-crash"
  | "empty-output"
  /** Generator bugs: the program does not type-check, throws in JS, or computes something Nix cannot hold. */
  | "type-error"
  | "js-throw"
  | "js-invalid";

export const COMPILER_BUGS: readonly OutcomeKind[] = [
  "mismatch",
  "nix-error",
  "compiler-crash",
  "empty-output",
];
export const GENERATOR_BUGS: readonly OutcomeKind[] = ["type-error", "js-throw", "js-invalid"];
export const REFUSALS: readonly OutcomeKind[] = ["refused", "nix-throw"];

export interface CaseOutcome {
  readonly kind: OutcomeKind;
  readonly source: string;
  readonly nix?: string;
  readonly js?: unknown;
  readonly nixValue?: unknown;
  /** Diagnostics (`line:col CODE message`) or an error text. */
  readonly detail?: string;
  /** Diagnostic codes, for refusal statistics. */
  readonly codes?: readonly string[];
}

const COMPILE_CHUNK = 400;
const EVAL_CHUNK = 250;

/** Check every case; the result is in the order of `sources`. */
export function checkCases(sources: readonly string[]): CaseOutcome[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-property-"));
  try {
    const files = sources.map((text, i) => ({ path: path.join(dir, `case${i}.ts`), text }));
    const compiled: Compiled[] = [];
    for (let i = 0; i < files.length; i += COMPILE_CHUNK) {
      compiled.push(...compileIsolatingCrashes(files.slice(i, i + COMPILE_CHUNK)));
    }
    const pending = compiled.map((c, i) => ({ c, i, js: c.kind === "nix" ? runInNode(c.file) : undefined }));
    const outcomes: CaseOutcome[] = pending.map(({ c, js }) => preliminaryOutcome(c, js));
    const toEvaluate = pending.filter(({ c, js }) => c.kind === "nix" && js?.ok === true);
    for (let i = 0; i < toEvaluate.length; i += EVAL_CHUNK) {
      const chunk = toEvaluate.slice(i, i + EVAL_CHUNK);
      const results = evalManyJson(
        chunk.map(({ c }) => (c.kind === "nix" ? c.nix : "null")),
        dir,
      );
      chunk.forEach(({ c, i: index, js }, k) => {
        outcomes[index] = compareOutcome(c, js!, results[k]!);
      });
    }
    return outcomes;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface SourceFile {
  readonly path: string;
  readonly text: string;
}

type Compiled =
  | { readonly kind: "nix"; readonly file: SourceFile; readonly nix: string }
  | {
      readonly kind: "diagnostics";
      readonly file: SourceFile;
      readonly diagnostics: string[];
      codes: string[];
    }
  | { readonly kind: "crash" | "empty"; readonly file: SourceFile; readonly error: string };

/** One compileFiles call for the chunk; when the compiler throws, halve until the throwing files are found. */
function compileIsolatingCrashes(files: readonly SourceFile[]): Compiled[] {
  let result: CompileResult;
  try {
    result = compileFiles(files);
  } catch (error) {
    if (files.length === 1) return [{ kind: "crash", file: files[0]!, error: errorText(error) }];
    const middle = Math.ceil(files.length / 2);
    return [
      ...compileIsolatingCrashes(files.slice(0, middle)),
      ...compileIsolatingCrashes(files.slice(middle)),
    ];
  }
  return files.map((file, i): Compiled => {
    const diagnostics = result.diagnostics.filter((d) => d.file === file.path && d.severity === "error");
    if (diagnostics.length > 0) {
      return {
        kind: "diagnostics",
        file,
        diagnostics: diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`),
        codes: diagnostics.map((d) => d.code),
      };
    }
    const nix = result.files[i]?.nix;
    if (nix === undefined || nix.trim() === "") {
      return { kind: "empty", file, error: "compiled without diagnostics but printed no Nix text" };
    }
    return { kind: "nix", file, nix };
  });
}

type JsRun = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

function runInNode(file: SourceFile): JsRun {
  try {
    const value = runTsModule({ [file.path]: file.text }, file.path)["default"];
    const problem = unrepresentable(value);
    return problem ? { ok: false, error: `invalid JS value: ${problem}` } : { ok: true, value };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Why Node's value cannot be compared with Nix's (NaN, infinities, functions), if it cannot. */
function unrepresentable(value: unknown): string | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) ? undefined : String(value);
  }
  if (typeof value === "function") return "a function";
  if (typeof value === "bigint" || typeof value === "symbol") return typeof value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unrepresentable(item);
      if (problem) return problem;
    }
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) {
      const problem = unrepresentable(item);
      if (problem) return problem;
    }
  }
  return undefined;
}

function preliminaryOutcome(c: Compiled, js: JsRun | undefined): CaseOutcome {
  const source = c.file.text;
  switch (c.kind) {
    case "crash":
      return { kind: "compiler-crash", source, detail: c.error };
    case "empty":
      return { kind: "empty-output", source, detail: c.error };
    case "diagnostics": {
      const typeScriptOnly = c.codes.some((code) => !code.startsWith("TSNIX"));
      return {
        kind: typeScriptOnly ? "type-error" : "refused",
        source,
        detail: c.diagnostics.join("\n"),
        codes: c.codes,
      };
    }
    case "nix":
      if (js && !js.ok) {
        const kind = js.error.startsWith("invalid JS value") ? "js-invalid" : "js-throw";
        return { kind, source, nix: c.nix, detail: js.error };
      }
      return { kind: "equal", source, nix: c.nix }; // replaced once Nix has evaluated it
  }
}

function compareOutcome(
  c: Compiled,
  js: JsRun,
  result: { ok: true; value: unknown } | { ok: false; error: string },
): CaseOutcome {
  const source = c.file.text;
  const nix = c.kind === "nix" ? c.nix : undefined;
  const jsValue = js.ok ? js.value : undefined;
  if (!result.ok) {
    const kind = result.error === "throw" || /error: tsnix:/.test(result.error) ? "nix-throw" : "nix-error";
    return { kind, source, nix, js: jsValue, detail: result.error };
  }
  const kind = sameNodeNixValue(jsValue, result.value) ? "equal" : "mismatch";
  return { kind, source, nix, js: jsValue, nixValue: result.value };
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** A failing case as readable text: the TypeScript, the Nix, both values and any diagnostics. */
export function describeOutcome(outcome: CaseOutcome): string {
  const lines = [`[${outcome.kind}]`, "--- TypeScript:", outcome.source.trimEnd()];
  if (outcome.nix !== undefined) lines.push("--- Nix:", outcome.nix.trimEnd());
  if ("js" in outcome) lines.push(`--- Node: ${safeJson(normalizeJs(outcome.js))}`);
  if ("nixValue" in outcome) lines.push(`--- Nix value: ${safeJson(outcome.nixValue)}`);
  if (outcome.detail !== undefined) lines.push("--- Detail:", outcome.detail.slice(0, 2000));
  return lines.join("\n");
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
