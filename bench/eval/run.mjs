// Evaluation benchmark: how long nix takes to evaluate the hosts of a compiled L5 host project
// (test/project/host-twins/<case>/ts, built by `tsnix build`) against its hand-written twin (…/twin), with the same
// nix and the NixOS 20.09 fixture as nixpkgs. Both flakes evaluate every host's system.build.toplevel.drvPath, in
// alternating runs; nix reports its own evaluation CPU time and work counters (NIX_SHOW_STATS), so the figures are
// medians of nix's cpuTime and the exact ratio of values and function calls (the same in every run).
//   npm run build && node bench/eval/run.mjs
// Env: BENCH_RUNS (default 5); BENCH_TWINS (comma-separated case names, or "all"; default database,fleet);
// TSNIX_FIXTURES (default ~/.cache/tsnix-fixtures).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const twinsDir = path.join(root, "test", "project", "host-twins");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const FLAKES = ["--extra-experimental-features", "nix-command flakes"];
const DRV_PATHS = "cs: builtins.mapAttrs (name: c: c.config.system.build.toplevel.drvPath) cs";

function fixtures() {
  return process.env.TSNIX_FIXTURES ?? path.join(os.homedir(), ".cache", "tsnix-fixtures");
}

/** The fixture as a store path named `source`, so that nix does not hash it again for every flake. */
function nixpkgsInStore(dir) {
  const expression = `builtins.path { path = /. + ${JSON.stringify(dir)}; name = "source"; }`;
  const run = spawnSync("nix", [...FLAKES, "eval", "--impure", "--raw", "--expr", expression], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

/** One evaluation of every host of the flake in `dir`: drvPaths and nix's statistics. */
function evaluate(dir, nixpkgs) {
  const args = [
    ...FLAKES,
    "eval",
    "--json",
    "--no-write-lock-file",
    `path:${dir}#nixosConfigurations`,
    "--apply",
    DRV_PATHS,
    "--override-input",
    "nixpkgs",
    `path:${nixpkgs}`,
  ];
  const run = spawnSync("nix", args, { encoding: "utf8", env: { ...process.env, NIX_SHOW_STATS: "1" } });
  if (run.status !== 0) throw new Error(`nix eval of ${dir} failed:\n${run.stderr}`);
  // The statistics are the JSON object at the end of stderr.
  const stats = JSON.parse(run.stderr.slice(run.stderr.lastIndexOf("\n{") + 1));
  return { drvPaths: JSON.parse(run.stdout), stats };
}

export function runEvalBenchmark({
  runs = Number(process.env.BENCH_RUNS ?? 5),
  twins = process.env.BENCH_TWINS ?? "database,fleet",
} = {}) {
  const nixpkgsDir = path.join(fixtures(), "nixpkgs-20.09");
  if (!fs.existsSync(nixpkgsDir))
    return { skipped: `the nixpkgs-20.09 fixture is not unpacked at ${fixtures()}` };
  const names =
    twins === "all"
      ? fs
          .readdirSync(twinsDir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
      : twins.split(",");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-bench-eval-"));
  const nixpkgs = nixpkgsInStore(nixpkgsDir);
  const cli = path.join(root, "dist/compiler/src/cli/main.js");
  const cases = [];
  for (const name of names.sort()) {
    const built = path.join(out, name);
    const build = spawnSync(process.execPath, [cli, "build", path.join(twinsDir, name, "ts"), "-o", built], {
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`tsnix build of ${name} failed:\n${build.stderr}`);
    const ts = [];
    const twin = [];
    for (let i = 0; i < runs; i++) {
      // Alternate the two so machine noise hits both alike.
      twin.push(evaluate(path.join(twinsDir, name, "twin"), nixpkgs));
      ts.push(evaluate(built, nixpkgs));
    }
    if (JSON.stringify(ts[0].drvPaths) !== JSON.stringify(twin[0].drvPaths))
      throw new Error(`${name}: the compiled hosts and their twin evaluate to different systems`);
    const cpu = (xs) => median(xs.map((x) => x.stats.cpuTime));
    const work = (xs, key) => xs[0].stats[key];
    cases.push({
      name,
      hosts: Object.keys(ts[0].drvPaths).length,
      tsCpu: cpu(ts),
      twinCpu: cpu(twin),
      cpuRatio: cpu(ts) / cpu(twin),
      values: [work(ts, "values").number, work(twin, "values").number],
      calls: [work(ts, "nrFunctionCalls"), work(twin, "nrFunctionCalls")],
      thunks: [work(ts, "nrThunks"), work(twin, "nrThunks")],
    });
  }
  fs.rmSync(out, { recursive: true, force: true });
  return { runs, cases };
}

/** `[compiled, twin]` counts as the compiled side's difference: `+1,234 (+0.012%)`. */
function difference([ts, twin]) {
  const sign = ts >= twin ? "+" : "-";
  const delta = Math.abs(ts - twin);
  return `${sign}${delta.toLocaleString("en")} (${sign}${((100 * delta) / twin).toFixed(3)}%)`;
}

export function formatEvalReport(r) {
  if (r.skipped) return `eval benchmark: SKIPPED (${r.skipped})`;
  return [
    `eval benchmark: compiled L5 host projects vs their hand-written twins (nix cpuTime, median of ${r.runs} runs each)`,
    ...r.cases.map(
      (c) =>
        `  ${c.name} (${c.hosts} host${c.hosts === 1 ? "" : "s"}): tsnix ${c.tsCpu.toFixed(2)} s  twin ${c.twinCpu.toFixed(2)} s` +
        `  ratio ${c.cpuRatio.toFixed(3)}; values ${difference(c.values)}, function calls ${difference(c.calls)},` +
        ` thunks ${difference(c.thunks)}`,
    ),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(formatEvalReport(runEvalBenchmark()));
