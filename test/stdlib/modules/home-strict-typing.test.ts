// Home modules under strict typings: with typings generated from the shared NixOS 20.09 and home-manager schemas,
// a defineHome config is checked against home-manager's options (not NixOS's), a host's home-manager users against
// home-manager's, and each mistake is an error at its own line.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCheckedProgram,
  describeDiagnostic,
  generateInto,
  lineOf,
  listFiles,
  sharedSchemasAvailable,
  temporaryDirectory,
} from "../typings/support/typings-fixtures.js";

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), "strict-fixtures", "home-strict.ts");
const available = sharedSchemasAvailable("home modules under strict typings");

describe.skipIf(!available)("home modules under strict home-manager and NixOS typings", () => {
  let root: string;
  let found: string[] = [];

  beforeAll(() => {
    root = temporaryDirectory("home-strict");
    generateInto(root, "nixos-20.09");
    generateInto(root, "home-manager");
    const program = createCheckedProgram([...listFiles(root, ".d.ts"), FIXTURE]);
    found = program.diagnostics(FIXTURE).map((d) => `${lineOf(d)} TS${d.code} ${describeDiagnostic(d)}`);
  }, 600_000);

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("reports exactly the marked mistakes, at their lines", () => {
    const marked = fs
      .readFileSync(FIXTURE, "utf8")
      .split("\n")
      .flatMap((line, i) => {
        const code = /\/\/ error: (TS\d+)/.exec(line)?.[1];
        return code ? [`${i + 1} ${code}`] : [];
      });
    expect(
      found.map((f) => f.split(" ").slice(0, 2).join(" ")),
      found.join("\n"),
    ).toEqual(marked);
  });
});
