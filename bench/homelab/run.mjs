// The example homelab benchmark (issue 9): the wall time of `tsnix build config` against `tsc --noEmit` on the
// same project, measured in the same run (alternating, median of runs) — loose (a fresh clone, no typings) and
// strict (typings of the shared schemas in .tsnix/types, as config/README.md generates them).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemas = path.resolve(root, "../shared/fixtures/options");
const SCHEMAS = [
  ["nixos-unstable-2412", "nixos"],
  ["home-manager", undefined],
  ["sops-nix", undefined],
  ["agenix", undefined],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/** config/ copied into `dir`, reading the library where it is; with typings when `strict`. */
async function copyConfig(dir, strict) {
  const source = path.join(root, "config");
  fs.cpSync(source, dir, {
    recursive: true,
    filter: (file) =>
      !path
        .relative(source, file)
        .split(path.sep)
        .some((part) => part === "result-flake" || part === ".tsnix"),
  });
  const tsconfigFile = path.join(dir, "tsconfig.json");
  const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, "utf8"));
  tsconfig.compilerOptions.paths = { tsnix: [path.join(root, "stdlib/src/index.ts")] };
  fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2));
  if (!strict) return;
  const { generateTypings } = await import(path.join(root, "dist/stdlib/src/typings/generate-typings.js"));
  const { readSchemaFile } = await import(path.join(root, "dist/stdlib/src/typings/read-schema.js"));
  for (const [file, setKey] of SCHEMAS) {
    const generated = generateTypings(
      readSchemaFile(path.join(schemas, `${file}.json.gz`)),
      setKey ? { setKey } : {},
    );
    for (const written of generated.files) {
      const target = path.join(dir, ".tsnix/types", generated.setKey, written.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, written.text);
    }
  }
}

async function measure(strict, runs) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-bench-homelab-"));
  const dir = path.join(work, "config");
  await copyConfig(dir, strict);
  const cli = path.join(root, "dist/compiler/src/cli/main.js");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  const build = [];
  const check = [];
  for (let i = 0; i < runs; i++) {
    check.push(time(() => execFileSync(process.execPath, [tsc, "--noEmit", "-p", dir], { stdio: "ignore" })));
    build.push(
      time(() =>
        execFileSync(process.execPath, [cli, "build", dir, "-o", path.join(work, "flake")], {
          stdio: "ignore",
        }),
      ),
    );
  }
  const files = fs
    .readdirSync(path.join(work, "flake"), { recursive: true })
    .filter((f) => f.endsWith(".nix"));
  fs.rmSync(work, { recursive: true, force: true });
  return {
    strict,
    runs,
    files: files.length,
    buildMs: median(build),
    tscMs: median(check),
    ratio: median(build) / median(check),
  };
}

export async function runHomelabBenchmark({ runs = Number(process.env.BENCH_RUNS ?? 3) } = {}) {
  const results = [await measure(false, runs)];
  if (SCHEMAS.every(([file]) => fs.existsSync(path.join(schemas, `${file}.json.gz`))))
    results.push(await measure(true, runs));
  else console.warn(`SKIPPED the strict homelab benchmark: no shared schemas at ${schemas}`);
  return results;
}

export function formatHomelabReport(results) {
  return [
    "homelab benchmark: tsnix build config against tsc --noEmit on config/ (median of runs)",
    ...results.map(
      (r) =>
        `  ${r.strict ? "strict (typings)" : "loose (no typings)"}: ${r.files} .nix files; tsnix build ${r.buildMs.toFixed(0)} ms  tsc --noEmit ${r.tscMs.toFixed(0)} ms  ratio ${r.ratio.toFixed(2)} (${r.runs} runs)`,
    ),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatHomelabReport(await runHomelabBenchmark()));
}
