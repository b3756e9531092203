// Where the unpacked fixtures (nixpkgs-lib, nixpkgs-20.09, home-manager) are, and the loud note when they are not.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function fixturesRoot(): string {
  return process.env["TSNIX_FIXTURES"] ?? path.join(os.homedir(), ".cache", "tsnix-fixtures");
}

export function fixture(name: string): string {
  return path.join(fixturesRoot(), name);
}

/** Whether every named fixture is unpacked; warns loudly (once per call) when not. */
export function fixturesAtHand(what: string, ...names: string[]): boolean {
  const missing = names.filter((name) => !fs.existsSync(fixture(name)));
  if (missing.length > 0) {
    console.warn(`SKIPPED: ${what} (fixtures not unpacked at $TSNIX_FIXTURES: ${missing.join(", ")})`);
    return false;
  }
  return true;
}
