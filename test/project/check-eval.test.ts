// `tsnix check --eval` locates NixOS evaluation errors at the TypeScript they come from. Each folder under
// check-eval/ is a project whose one host fails to evaluate with the NixOS 20.09 fixture as nixpkgs; expected.txt
// says where (`file:line:column`, relative to the project) and a part of the message. The cases cover each way
// an error is located: a module-system type error (by `_file` and the option path), a position in a generated file
// (by its source map), a throw in a helper (the throw whose text is the message, in the binding the trace points
// at) and a failing assertion (where its message is written).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, fixturesAtHand } from "../support/fixtures.js";
import { addToStoreAsSource, nixCommandAvailable } from "../support/flake-eval.js";
import { repoRoot } from "../support/golden-cases.js";
import { runCli } from "../support/run-cli.js";

const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), "check-eval");

const cases = fs
  .readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => {
    const [where, ...message] = fs
      .readFileSync(path.join(CASES, e.name, "expected.txt"), "utf8")
      .trim()
      .split(" ");
    return { name: e.name, dir: path.join(CASES, e.name), where: where!, message: message.join(" ") };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const atHand =
  nixCommandAvailable() &&
  fixturesAtHand("tsnix check --eval error locations (NixOS 20.09)", "nixpkgs-20.09");
if (!nixCommandAvailable())
  console.warn("SKIPPED: tsnix check --eval error locations (the nix command is not installed)");

describe.skipIf(!atHand)("tsnix check --eval", () => {
  let nixpkgs: string;
  beforeAll(() => {
    nixpkgs = addToStoreAsSource(fixture("nixpkgs-20.09"));
  }, 600_000);

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s: the error is reported at its TypeScript line",
    async (_name, c) => {
      const run = await runCli(repoRoot, ["check", "--eval", c.dir, "--override-input", "nixpkgs", nixpkgs]);
      expect(run.code).toBe(1);
      const first = run.stderr.split("\n")[0]!;
      const expected = `${path.relative(repoRoot, path.join(c.dir, c.where))} - error TSNIX1050: NixOS evaluation failed:`;
      expect(first.startsWith(expected) ? expected : run.stderr).toBe(expected);
      expect(run.stderr).toContain(c.message);
    },
    300_000,
  );

  it("evaluates a project whose hosts are fine and says how many it evaluated", async () => {
    const project = path.join(repoRoot, "test", "project", "host-twins", "database", "ts");
    const run = await runCli(repoRoot, ["check", "--eval", project, "--override-input", "nixpkgs", nixpkgs]);
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "1 hosts evaluated\n" });
  }, 300_000);
});
