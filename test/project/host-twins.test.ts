// L5 host twins: each folder under host-twins/ holds a host project written in TypeScript (ts/, entry flake.ts:
// modules with TS-declared options, a helper file, a hand-written hardware .nix) and the same flake written by hand
// in Nix (twin/). `tsnix build` turns ts/ into a flake; both flakes are evaluated offline by the real nix with the
// NixOS 20.09 fixture as their nixpkgs (one nix process per flake, all its hosts at once), and every host's
// `system.build.toplevel.drvPath` must be the same in both.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/golden-cases.js";
import { fixture, fixturesAtHand } from "../support/fixtures.js";
import {
  addToStoreAsSource,
  evalFlakes,
  type FlakeResult,
  nixCommandAvailable,
} from "../support/flake-eval.js";
import { runCli, type CliRun } from "../support/run-cli.js";

const TWINS = path.join(path.dirname(fileURLToPath(import.meta.url)), "host-twins");

interface HostTwinCase {
  readonly name: string;
  readonly project: string;
  readonly twin: string;
}

const cases: HostTwinCase[] = fs
  .readdirSync(TWINS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => ({
    name: e.name,
    project: path.join(TWINS, e.name, "ts"),
    twin: path.join(TWINS, e.name, "twin"),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

function filesUnder(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.split(path.sep).join("/"));
}

describe("host twins", () => {
  it("has at least 6 projects, each a TypeScript flake with a hand-written .nix and a Nix twin", () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      expect([c.name, fs.existsSync(path.join(c.project, "flake.ts"))]).toEqual([c.name, true]);
      expect([c.name, fs.existsSync(path.join(c.twin, "flake.nix"))]).toEqual([c.name, true]);
      expect([c.name, filesUnder(c.project, ".nix").length > 0]).toEqual([c.name, true]);
    }
  });
});

const atHand =
  nixCommandAvailable() && fixturesAtHand("L5 host twins (NixOS 20.09 system drvPaths)", "nixpkgs-20.09");
if (!nixCommandAvailable()) console.warn("SKIPPED: L5 host twins (the nix command is not installed)");

describe.skipIf(!atHand)("host twins evaluated by nix", () => {
  let out: string;
  const builds = new Map<string, CliRun>();
  const results = new Map<string, { ts: FlakeResult; twin: FlakeResult }>();

  beforeAll(async () => {
    const started = performance.now();
    out = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-host-twins-"));
    for (const c of cases) {
      builds.set(c.name, await runCli(repoRoot, ["build", c.project, "-o", path.join(out, c.name)]));
    }
    const built = performance.now();
    const nixpkgs = addToStoreAsSource(fixture("nixpkgs-20.09"));
    const stored = performance.now();
    const evaluated = await evalFlakes(
      cases.flatMap((c) => [path.join(out, c.name), c.twin]),
      nixpkgs,
    );
    cases.forEach((c, i) => results.set(c.name, { ts: evaluated[2 * i]!, twin: evaluated[2 * i + 1]! }));
    const done = performance.now();
    const hosts = evaluated.reduce((n, r) => n + (r.ok ? Object.keys(r.drvPaths).length : 0), 0);
    console.log(
      `host twins: ${cases.length} projects, ${hosts} host evaluations; tsnix build ${((built - started) / 1000).toFixed(1)} s,` +
        ` fixture to store ${((stored - built) / 1000).toFixed(1)} s, nix ${((done - stored) / 1000).toFixed(1)} s` +
        ` (${evaluated.map((r) => r.seconds.toFixed(1)).join(" ")})`,
    );
  }, 900_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s builds with tsnix build", (name, c) => {
    expect(builds.get(name)).toMatchObject({ code: 0, stderr: "" });
    // The hand-written .nix files the project names are copied beside the generated ones.
    for (const file of filesUnder(c.project, ".nix"))
      expect([file, fs.existsSync(path.join(out, name, file))]).toEqual([file, true]);
  });

  it.each(cases.map((c) => [c.name] as const))("%s: every host's drvPath equals its twin's", (name) => {
    const { ts, twin } = results.get(name)!;
    expect(twin.ok ? "ok" : twin.error).toBe("ok");
    expect(ts.ok ? "ok" : ts.error).toBe("ok");
    if (!ts.ok || !twin.ok) return;
    expect(Object.keys(ts.drvPaths).length).toBeGreaterThan(0);
    expect(ts.drvPaths).toEqual(twin.drvPaths);
  });

  it("gives every host a system of its own (no two projects evaluate to the same drvPath)", () => {
    const all = [...results.values()].flatMap((r) => (r.twin.ok ? Object.values(r.twin.drvPaths) : []));
    expect(all.length).toBeGreaterThanOrEqual(cases.length);
    expect(new Set(all).size).toBe(all.length);
  });
});
