// Compile benchmark: lowering+printing throughput (lines/s) on a large generated input, and the wall time of
// `tsnix compile` relative to `tsc --noEmit` on the same input, measured in the same run (median of runs).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateInput } from "./generate-input.mjs";
import { TSNIX_COMPILER_OPTIONS } from "../tsnix-compiler-options.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { compileFiles } = await import(path.join(root, "dist/compiler/src/compile.js"));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

export function runCompileBenchmark({
  blocks = Number(process.env.BENCH_BLOCKS ?? 400),
  runs = Number(process.env.BENCH_RUNS ?? 5),
} = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-bench-"));
  const input = path.join(dir, "input.ts");
  const text = generateInput(blocks);
  fs.writeFileSync(input, text);
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...TSNIX_COMPILER_OPTIONS,
      },
    }),
  );
  const lines = text.split("\n").length;

  const inProcess = [];
  for (let i = 0; i < runs; i++) {
    const result = compileFiles([input]);
    if (result.hasErrors)
      throw new Error(`benchmark input does not compile: ${result.diagnostics[0]?.message}`);
    inProcess.push(result.timings);
  }
  const lower = median(inProcess.map((t) => t.lower));
  const print = median(inProcess.map((t) => t.print));
  const check = median(inProcess.map((t) => t.typeCheck));

  const cli = path.join(root, "dist/compiler/src/cli/main.js");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  const tsnixTimes = [];
  const tscTimes = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the two so machine noise hits both alike.
    tscTimes.push(
      time(() => execFileSync(process.execPath, [tsc, "--noEmit", "-p", dir], { stdio: "ignore" })),
    );
    tsnixTimes.push(
      time(() =>
        execFileSync(process.execPath, [cli, "compile", input, "-o", path.join(dir, "out.nix")], {
          stdio: "ignore",
        }),
      ),
    );
  }
  const outputLines = fs.readFileSync(path.join(dir, "out.nix"), "utf8").split("\n").length;
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    inputLines: lines,
    outputLines,
    runs,
    lowerMs: lower,
    printMs: print,
    typeCheckMs: check,
    lowerPrintLinesPerSecond: Math.round(lines / ((lower + print) / 1000)),
    tsnixCompileMs: median(tsnixTimes),
    tscNoEmitMs: median(tscTimes),
    ratioToTsc: median(tsnixTimes) / median(tscTimes),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = runCompileBenchmark();
  console.log(JSON.stringify(r, null, 2));
}
