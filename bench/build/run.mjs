// Build benchmark: `tsnix build` of the largest golden project against `tsc --noEmit` on the same project, with the
// same compiler options tsnix uses (its defaults, `tsnix` resolved to the library), measured in the same run. Runs
// alternate so that machine noise hits both alike; figures are medians of wall time and of CPU time (user + system
// of the child process, which load on a shared machine disturbs less). Also where tsnix's own time goes, in-process:
// loading its modules, creating and checking the program, lowering, printing.
//   npm run build && node bench/build/run.mjs        (BENCH_RUNS, default 9; BENCH_PROJECT: a golden project name)
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { TSNIX_COMPILER_OPTIONS } from "../tsnix-compiler-options.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The golden projects that build, with their lines of TypeScript. */
function goldenProjects() {
  const projects = path.join(root, "golden", "projects");
  return fs
    .readdirSync(projects)
    .filter((name) => !name.startsWith("errors-"))
    .map((name) => {
      const input = path.join(projects, name, "input");
      const lines = fs
        .readdirSync(input, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".ts"))
        .reduce((n, f) => n + fs.readFileSync(path.join(input, f), "utf8").split("\n").length, 0);
      return { name, input, lines };
    })
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name));
}

/** CPU seconds (user + system) of the children this process has waited for, from /proc (Linux). */
function childrenCpu() {
  try {
    const fields = fs.readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // After "pid (comm) ": state is field 0; cutime and cstime are fields 13 and 14 (stat fields 16 and 17).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

function measure(command, args) {
  const cpu = childrenCpu();
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${path.basename(args[0])} failed:\n${run.stderr}`);
  return { wall, cpu: (childrenCpu() - cpu) * 1000 };
}

/** tsnix's own phases for one build, in a fresh process (module loading is part of what is measured). */
function phases(input) {
  const script = `
    const started = performance.now();
    const { buildProject } = await import(${JSON.stringify(path.join(root, "dist/compiler/src/project/build-project.js"))});
    const loaded = performance.now();
    const build = buildProject(${JSON.stringify(input)});
    const done = performance.now();
    console.log(JSON.stringify({ load: loaded - started, total: done - started, ...build.timings }));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

export function runBuildBenchmark({
  runs = Number(process.env.BENCH_RUNS ?? 9),
  project = process.env.BENCH_PROJECT,
} = {}) {
  const projects = goldenProjects();
  const chosen = project ? projects.find((p) => p.name === project) : projects[0];
  if (!chosen) throw new Error(`no golden project '${project}' that builds`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-bench-build-"));
  // tsnix's options for a project without a tsconfig (compiler/src/program/load-program.ts), for tsc.
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...TSNIX_COMPILER_OPTIONS,
        paths: { tsnix: [path.join(root, "stdlib", "src", "index.ts")] },
      },
      files: [path.join(chosen.input, "flake.ts")],
    }),
  );
  const cli = path.join(root, "dist/compiler/src/cli/main.js");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  const tsnixRuns = [];
  const tscRuns = [];
  for (let i = 0; i < runs; i++) {
    tscRuns.push(measure(process.execPath, [tsc, "--noEmit", "-p", dir]));
    tsnixRuns.push(measure(process.execPath, [cli, "build", chosen.input, "-o", path.join(dir, "out")]));
  }
  const phaseRuns = Array.from({ length: Math.min(runs, 5) }, () => phases(chosen.input));
  fs.rmSync(dir, { recursive: true, force: true });
  const m = (xs, key) => median(xs.map((x) => x[key]));
  return {
    project: chosen.name,
    lines: chosen.lines,
    runs,
    tsnixMs: m(tsnixRuns, "wall"),
    tscMs: m(tscRuns, "wall"),
    ratio: m(tsnixRuns, "wall") / m(tscRuns, "wall"),
    tsnixCpuMs: m(tsnixRuns, "cpu"),
    tscCpuMs: m(tscRuns, "cpu"),
    cpuRatio: m(tsnixRuns, "cpu") / m(tscRuns, "cpu"),
    phases: {
      loadModules: m(phaseRuns, "load"),
      programAndCheck: m(phaseRuns, "typeCheck"),
      lower: m(phaseRuns, "lower"),
      print: m(phaseRuns, "print"),
      total: m(phaseRuns, "total"),
    },
  };
}

export function formatBuildReport(r) {
  const p = r.phases;
  return [
    `build benchmark: tsnix build of golden/projects/${r.project} (${r.lines} lines of TypeScript) vs tsc --noEmit, median of ${r.runs} runs`,
    `  wall  tsnix build ${r.tsnixMs.toFixed(0)} ms  tsc --noEmit ${r.tscMs.toFixed(0)} ms  ratio ${r.ratio.toFixed(2)}`,
    `  cpu   tsnix build ${r.tsnixCpuMs.toFixed(0)} ms  tsc --noEmit ${r.tscCpuMs.toFixed(0)} ms  ratio ${r.cpuRatio.toFixed(2)}`,
    `  tsnix in-process: load modules ${p.loadModules.toFixed(0)} ms, program + type check ${p.programAndCheck.toFixed(0)} ms,` +
      ` lower ${p.lower.toFixed(0)} ms, print ${p.print.toFixed(0)} ms (total ${p.total.toFixed(0)} ms)`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(formatBuildReport(runBuildBenchmark()));
