// Generates the benchmark's strict typings from the shared schemas with tsnix's stage-2 generator, compiled by
// `npm run build` (TSNIX_BENCH_DIST points elsewhere, e.g. a scratch build; TSNIX_BENCH_LAYOUT=per-namespace
// measures that file layout instead of the default single file per set).
import * as fs from "node:fs";
import * as path from "node:path";

/**
 * @param {string} root this repository
 * @param {string} typesDir where the typings go (a project's .tsnix/types); each set gets its own directory
 * @param {{ schema: string, setKey: string }[]} sets
 */
export async function writeGeneratedTypings(root, typesDir, sets) {
  const typings = path.join(
    process.env.TSNIX_BENCH_DIST ?? path.join(root, "dist"),
    "stdlib",
    "src",
    "typings",
  );
  if (!fs.existsSync(path.join(typings, "generate-typings.js"))) {
    throw new Error(`the stage-2 generator is not built in ${typings}: run npm run build first`);
  }
  const { generateTypings, DEFAULT_LAYOUT } = await import(path.join(typings, "generate-typings.js"));
  const { readSchemaFile } = await import(path.join(typings, "read-schema.js"));
  const started = process.hrtime.bigint();
  const reports = [];
  const layout = process.env.TSNIX_BENCH_LAYOUT;
  for (const { schema, setKey } of sets) {
    const generated = generateTypings(readSchemaFile(schema), layout ? { setKey, layout } : { setKey });
    for (const file of generated.files) {
      const target = path.join(typesDir, setKey, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.text);
    }
    reports.push(generated.report);
  }
  return {
    milliseconds: Number(process.hrtime.bigint() - started) / 1e6,
    layout: layout ?? DEFAULT_LAYOUT ?? "per-namespace",
    reports,
  };
}
