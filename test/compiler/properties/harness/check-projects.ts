// The Node-vs-Nix oracle for generated multi-file projects. Each project is written under its own directory and
// compiled the way `tsnix compile ENTRY -o OUT` compiles it — into another directory, the entry pinned at OUT —
// many projects per TypeScript program; every output file is written, OUT is evaluated by nix-instantiate, and
// the entry's exports are compared with what Node computes running the same files. A sample of the projects also
// goes through the real command line, one run each.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileFiles, type CompileResult } from "../../../../compiler/src/compile.js";
import { generatedHeader } from "../../../../compiler/src/emit/generated-header.js";
import { normalizeJs } from "../../../support/compare.js";
import { evalManyJson } from "../../../support/nix.js";
import { runTsModule } from "../../../support/node-eval.js";
import { runCli } from "../../../support/run-cli.js";
import type { GeneratedProject } from "../generators/projects.js";
import type { CaseOutcome } from "./check-cases.js";
import { sameNodeNixValue } from "./same-value.js";

const COMPILE_CHUNK = 150;

interface Placed {
  readonly project: GeneratedProject;
  readonly sourceDir: string;
  readonly entry: string;
  readonly out: string;
  readonly viaCli: boolean;
}

/** Check every project; `cliEvery` sends every n-th project through the command line instead. */
export async function checkProjects(
  projects: readonly GeneratedProject[],
  cliEvery: number,
): Promise<CaseOutcome[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-projects-"));
  try {
    const placed = projects.map((project, i) => place(project, i, dir, cliEvery > 0 && i % cliEvery === 0));
    const outcomes: (CaseOutcome | undefined)[] = placed.map(() => undefined);
    const batched = placed.map((p, i) => ({ p, i })).filter(({ p }) => !p.viaCli);
    for (let k = 0; k < batched.length; k += COMPILE_CHUNK) {
      compileBatch(batched.slice(k, k + COMPILE_CHUNK), dir, outcomes);
    }
    for (const [i, p] of placed.entries()) if (p.viaCli) outcomes[i] = await compileWithCli(p);
    const toEvaluate = placed.flatMap((p, i) => (outcomes[i] === undefined ? [{ p, i }] : []));
    const results = evalManyJson(
      toEvaluate.map(({ p }) => `import ${nixString(p.out)}`),
      dir,
    );
    toEvaluate.forEach(({ p, i }, k) => {
      outcomes[i] = compare(p, results[k]!);
    });
    return outcomes.map((o) => o!);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function place(project: GeneratedProject, index: number, dir: string, viaCli: boolean): Placed {
  const sourceDir = path.join(dir, "src", `p${index}`);
  for (const file of project.files) {
    const target = path.join(sourceDir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  const entry = path.join(sourceDir, project.files[0]!.path);
  // Through the command line, files beside an entry in a subdirectory land one level above OUT: keep that
  // inside the project's own output directory.
  const out = path.join(dir, "out", `p${index}`, ...(viaCli ? ["cli"] : []), project.out);
  return { project, sourceDir, entry, out, viaCli };
}

function compileBatch(
  batch: readonly { p: Placed; i: number }[],
  dir: string,
  outcomes: (CaseOutcome | undefined)[],
) {
  let result: CompileResult;
  try {
    result = compileFiles(
      batch.map(({ p }) => p.entry),
      {
        withImports: true,
        layout: {
          outputRoot: path.join(dir, "out"),
          sourceRoot: path.join(dir, "src"),
          pinned: new Map(batch.map(({ p }) => [p.entry, p.out])),
        },
      },
    );
  } catch (error) {
    for (const { p, i } of batch)
      outcomes[i] = { kind: "compiler-crash", source: describe(p), detail: String(error) };
    return;
  }
  const locationless = result.diagnostics.filter((d) => d.file === undefined);
  for (const { p, i } of batch) {
    const mine = result.diagnostics.filter((d) => d.file?.startsWith(p.sourceDir + path.sep));
    const problems = [...mine, ...(locationless.length > 0 ? locationless : [])];
    if (problems.some((d) => d.severity === "error")) {
      const codes = problems.map((d) => d.code);
      outcomes[i] = {
        kind: codes.some((c) => !c.startsWith("TSNIX")) ? "type-error" : "refused",
        source: describe(p),
        detail: problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join("\n"),
        codes,
      };
      continue;
    }
    for (const file of result.files.filter((f) => f.sourcePath.startsWith(p.sourceDir + path.sep))) {
      const output = result.layout.outputOf(file.sourcePath);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, generatedHeader(file.sourcePath, output) + (file.nix ?? ""));
    }
  }
}

async function compileWithCli(p: Placed): Promise<CaseOutcome | undefined> {
  fs.mkdirSync(path.dirname(p.out), { recursive: true });
  const result = await runCli(p.sourceDir, ["compile", p.project.files[0]!.path, "-o", p.out]);
  if (result.code === 0) return undefined;
  const codes = [...result.stderr.matchAll(/error (TS\w*\d+)/g)].map((m) => m[1]!);
  return {
    kind: codes.some((c) => !c.startsWith("TSNIX"))
      ? "type-error"
      : result.code === 2
        ? "compiler-crash"
        : "refused",
    source: describe(p),
    detail: result.stderr,
    codes,
  };
}

function compare(
  p: Placed,
  result: { ok: true; value: unknown } | { ok: false; error: string },
): CaseOutcome {
  const files = Object.fromEntries(p.project.files.map((f) => [path.join(p.sourceDir, f.path), f.text]));
  let js: unknown;
  try {
    js = normalizeJs({ ...runTsModule(files, p.entry) });
  } catch (error) {
    const kind = String(error).includes("function cannot be compared") ? "js-invalid" : "js-throw";
    return { kind, source: describe(p), detail: String(error) };
  }
  const nix = fs.readFileSync(p.out, "utf8");
  if (!result.ok) {
    const kind = /error: tsnix:/.test(result.error) ? "nix-throw" : "nix-error";
    return { kind, source: describe(p), nix, js, detail: result.error };
  }
  const kind = sameNodeNixValue(js, result.value) ? "equal" : "mismatch";
  return { kind, source: describe(p), nix, js, nixValue: result.value };
}

/** The project as one text: each file under a `// ---- path` line, and where -o put the entry. */
function describe(p: Placed): string {
  const files = p.project.files.map((f) => `// ---- ${f.path}\n${f.text}`);
  return `${files.join("")}// -o ${p.project.out}${p.viaCli ? " (command line)" : ""}`;
}

function nixString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\$\{/g, "\\${")}"`;
}
