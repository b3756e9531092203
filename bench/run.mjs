// `npm run bench`: every benchmark, each printing its figures as ratios against a baseline measured in the same run.
//   compile   — lowering+printing throughput, and `tsnix compile` against `tsc --noEmit` on the same input
//   typecheck — generated option typings: strict vs loose `tsc --noEmit`, memory, completion latency
//   homelab   — `tsnix build config` against `tsc --noEmit` on the example homelab, loose and strict
//   build     — `tsnix build` of the largest golden project against `tsc --noEmit` on it
//   eval      — nix evaluation of compiled L5 host projects against their hand-written twins
// Run one with `node bench/run.mjs compile` (after `npm run build`).
import { formatBuildReport, runBuildBenchmark } from "./build/run.mjs";
import { runCompileBenchmark } from "./compile/run.mjs";
import { formatHomelabReport, runHomelabBenchmark } from "./homelab/run.mjs";
import { formatEvalReport, runEvalBenchmark } from "./eval/run.mjs";
import { formatTypecheckReport, runTypecheckBenchmark } from "./typecheck/run.mjs";

const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;

if (all || wanted.has("compile")) {
  const r = runCompileBenchmark();
  console.log(
    `compile benchmark: ${r.inputLines}-line generated input → ${r.outputLines} lines of Nix, median of ${r.runs} runs`,
  );
  console.log(
    `  lower ${r.lowerMs.toFixed(0)} ms + print ${r.printMs.toFixed(0)} ms → ${r.lowerPrintLinesPerSecond.toLocaleString("en")} lines/s` +
      ` (type check in the same process ${r.typeCheckMs.toFixed(0)} ms)`,
  );
  console.log(
    `  tsnix compile ${r.tsnixCompileMs.toFixed(0)} ms  tsc --noEmit ${r.tscNoEmitMs.toFixed(0)} ms  ratio ${r.ratioToTsc.toFixed(2)}`,
  );
}
if (all || wanted.has("typecheck")) {
  console.log(formatTypecheckReport(await runTypecheckBenchmark()));
}
if (all || wanted.has("homelab")) {
  console.log(formatHomelabReport(await runHomelabBenchmark()));
}
if (all || wanted.has("build")) {
  console.log(formatBuildReport(runBuildBenchmark()));
}
if (all || wanted.has("eval")) {
  console.log(formatEvalReport(runEvalBenchmark()));
}
