// Type-check benchmark (issue 3): the host config (host-config.ts) checked against full NixOS 20.09 + home-manager
// typings vs the same file loosely typed (no typings): `tsc --noEmit` time and memory, and editor completion latency
// inside `services: { … }`. Optionally the same with TypeScript 7's native checker. Medians of BENCH_RUNS runs,
// as ratios against the loose baseline measured in the same run.
//   npm run build && node bench/typecheck/run.mjs
// Env: BENCH_RUNS (default 5); TSNIX_BENCH_SCHEMAS (default ../shared/fixtures/options beside this repository);
// TSNIX_BENCH_TSC7 (a TypeScript 7 `tsc` or `tsgo` executable; default node_modules/.bin/tsgo when installed);
// TSNIX_BENCH_LAYOUT (the generator's file layout: single-file, the default, or per-namespace).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { createBenchProject, typingsSize } from "./project.mjs";
import { completionLatency, median, runChecker } from "./measure.mjs";
import { writeGeneratedTypings } from "./typings.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function runTypecheckBenchmark({
  runs = Number(process.env.BENCH_RUNS ?? 5),
  schemas = process.env.TSNIX_BENCH_SCHEMAS ?? path.join(root, "..", "shared", "fixtures", "options"),
} = {}) {
  const ts = (await import(path.join(root, "node_modules", "typescript", "lib", "typescript.js"))).default;
  const tsc = [process.execPath, path.join(root, "node_modules", "typescript", "lib", "tsc.js")];
  const native = nativeChecker();
  let generation;
  const project = await createBenchProject(root, async (typesDir) => {
    generation = await writeGeneratedTypings(root, typesDir, [
      { schema: path.join(schemas, "nixos-20.09.json.gz"), setKey: "nixos" },
      { schema: path.join(schemas, "home-manager.json.gz"), setKey: "home-manager" },
    ]);
  });
  try {
    const checks = { loose: [], strict: [], nativeLoose: [], nativeStrict: [] };
    for (let i = 0; i < runs; i++) {
      // alternate, so that the machine's noise hits every variant alike
      checks.loose.push(runChecker(tsc, project.looseConfig));
      checks.strict.push(runChecker(tsc, project.strictConfig));
      if (native) {
        checks.nativeLoose.push(runChecker(native, project.looseConfig));
        checks.nativeStrict.push(runChecker(native, project.strictConfig));
      }
    }
    const errors = [...checks.loose, ...checks.strict].flatMap((c) => c.errors);
    if (errors.length > 0)
      throw new Error(`the host config does not type-check:\n${[...new Set(errors)].join("\n")}`);
    const summary = (list) =>
      list.length === 0
        ? undefined
        : {
            wallMs: median(list.map((c) => c.wallMs)),
            totalMs: median(list.map((c) => c.totalMs ?? NaN)),
            checkMs: median(list.map((c) => c.checkMs ?? NaN)),
            memoryMb: median(list.map((c) => (c.memoryKb ?? NaN) / 1024)),
          };
    const loose = summary(checks.loose);
    const strict = summary(checks.strict);
    const nativeLoose = summary(checks.nativeLoose);
    const nativeStrict = summary(checks.nativeStrict);
    const completion = {
      strict: completionLatency(ts, project.strictConfig, project.host, runs * 4),
      loose: completionLatency(ts, project.looseConfig, project.host, runs * 4),
    };
    if (!completion.strict.offersPostfix)
      throw new Error("the generated typings are not in effect: no completions");
    return {
      runs,
      hostLines: fs.readFileSync(project.host, "utf8").split("\n").length,
      typings: {
        ...typingsSize(project.typesDir),
        layout: generation?.layout,
        generationMs: generation?.milliseconds,
      },
      tsc: {
        loose,
        strict,
        ratio: strict.wallMs / loose.wallMs,
        memoryRatio: strict.memoryMb / loose.memoryMb,
      },
      completion,
      native: native
        ? {
            command: native.join(" "),
            loose: nativeLoose,
            strict: nativeStrict,
            ratio: nativeStrict.wallMs / nativeLoose.wallMs,
            speedupOverTsc: strict.wallMs / nativeStrict.wallMs,
          }
        : "not measured: set TSNIX_BENCH_TSC7 to a TypeScript 7 tsc/tsgo executable",
    };
  } finally {
    project.remove();
  }
}

function nativeChecker() {
  const configured = process.env.TSNIX_BENCH_TSC7;
  if (configured) return [configured];
  const local = path.join(root, "node_modules", ".bin", "tsgo");
  return fs.existsSync(local) ? [local] : undefined;
}

/** The benchmark's result as the lines `npm run bench` prints. */
export function formatTypecheckReport(r) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const lines = [
    `typecheck benchmark: ${r.hostLines}-line host config, median of ${r.runs} runs`,
    `  typings: ${r.typings.files} files (${r.typings.layout}), ${(r.typings.bytes / 1e6).toFixed(1)} MB, generated in ${ms(r.typings.generationMs ?? NaN)}`,
    `  tsc --noEmit  loose ${ms(r.tsc.loose.wallMs)}  strict ${ms(r.tsc.strict.wallMs)}  ratio ${r.tsc.ratio.toFixed(2)} (target ≤ 1.25)`,
    `  tsc check time  loose ${ms(r.tsc.loose.checkMs)}  strict ${ms(r.tsc.strict.checkMs)}`,
    `  memory  loose ${r.tsc.loose.memoryMb.toFixed(0)} MB  strict ${r.tsc.strict.memoryMb.toFixed(0)} MB  ratio ${r.tsc.memoryRatio.toFixed(2)}`,
    `  completion in services: { … }  after an edit ${ms(r.completion.strict.afterEditMs)} (loose ${ms(r.completion.loose.afterEditMs)}), ` +
      `repeated ${ms(r.completion.strict.repeatedMs)}, ${r.completion.strict.entries} entries (target ≤ 200 ms); ` +
      `of which program update ${ms(r.completion.strict.programUpdateMs)} (loose ${ms(r.completion.loose.programUpdateMs)})`,
    `  first full check in the language service  strict ${ms(r.completion.strict.firstCheckMs)}  loose ${ms(r.completion.loose.firstCheckMs)}`,
    typeof r.native === "string"
      ? `  TypeScript 7 native: ${r.native}`
      : `  TypeScript 7 native (${path.relative(process.cwd(), r.native.command)})  loose ${ms(r.native.loose.wallMs)}  strict ${ms(r.native.strict.wallMs)}  ` +
        `ratio ${r.native.ratio.toFixed(2)}; ${r.native.speedupOverTsc.toFixed(1)}× faster than tsc on strict, ` +
        `memory ${r.native.strict.memoryMb.toFixed(0)} MB`,
  ];
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runTypecheckBenchmark();
  console.log(formatTypecheckReport(result));
  if (process.env.BENCH_JSON) console.log(JSON.stringify(result, null, 2));
}
