// Flakes evaluated offline by the real `nix` (flakes enabled), each with its `nixpkgs` input overridden by a fixture:
// one nix process per flake, every host of it at once, a few processes side by side.
//
// `--override-input nixpkgs path:<fixture dir>` makes nix hash the whole 176 MB fixture again in every process
// (5–40 s each). The fixture is therefore added to the store once per run, as a path named `source` (what a flake
// input is called there), and the flakes are given that store path: nix takes a valid `…-source` store path as it
// is, with the same narHash as the fixture directory, so the input is the same and only the re-hashing is saved.
import { spawn, spawnSync } from "node:child_process";
import * as os from "node:os";
import { nixPathOf } from "./module-eval.js";

const FLAKES = ["--extra-experimental-features", "nix-command flakes"];

/** What `nix eval … --apply` gives for every host: its `system.build.toplevel.drvPath`. */
export const DRV_PATHS = "cs: builtins.mapAttrs (name: c: c.config.system.build.toplevel.drvPath) cs";

export type FlakeResult =
  | { readonly ok: true; readonly drvPaths: Readonly<Record<string, string>>; readonly seconds: number }
  | { readonly ok: false; readonly error: string; readonly seconds: number };

/** Whether the `nix` command (not only nix-instantiate) runs here. */
export function nixCommandAvailable(): boolean {
  return spawnSync("nix", ["--version"], { encoding: "utf8" }).status === 0;
}

/** The store path (named `source`) of a directory, added to the store if it is not there yet. */
export function addToStoreAsSource(dir: string): string {
  const expression = `builtins.path { path = ${nixPathOf(dir)}; name = "source"; }`;
  const run = spawnSync("nix", [...FLAKES, "eval", "--impure", "--raw", "--expr", expression], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`nix could not add ${dir} to the store:\n${run.stderr}`);
  return run.stdout.trim();
}

/** Every host's drvPath of the flake in `flakeDir`, its `nixpkgs` input replaced by the store path `nixpkgs`. */
export function evalFlakeHosts(flakeDir: string, nixpkgs: string): Promise<FlakeResult> {
  const args = [
    ...FLAKES,
    "eval",
    "--json",
    "--no-write-lock-file",
    `path:${flakeDir}#nixosConfigurations`,
    "--apply",
    DRV_PATHS,
    "--override-input",
    "nixpkgs",
    `path:${nixpkgs}`,
  ];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("nix", args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NIX_PATH: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString("utf8")));
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ ok: true, drvPaths: JSON.parse(stdout) as Record<string, string>, seconds });
      else resolve({ ok: false, error: withoutLockNotes(stderr), seconds });
    });
  });
}

/** Evaluates every flake with at most `parallel` nix processes at a time; results in the order of `flakeDirs`. */
export async function evalFlakes(
  flakeDirs: readonly string[],
  nixpkgs: string,
  parallel = Math.max(1, Math.min(3, os.availableParallelism())),
): Promise<FlakeResult[]> {
  const results: FlakeResult[] = new Array(flakeDirs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < flakeDirs.length) {
      const index = next++;
      results[index] = await evalFlakeHosts(flakeDirs[index]!, nixpkgs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, flakeDirs.length) }, worker));
  return results;
}

/** nix's stderr without the notes on the lock it computes for the override (they are not errors). */
function withoutLockNotes(stderr: string): string {
  return stderr
    .split("\n")
    .filter(
      (line) =>
        !/^warning: not writing modified lock file|^• Added input|^\s+'path:\/nix\/store\//.test(line),
    )
    .join("\n")
    .trim();
}
