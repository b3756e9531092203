// Issue 9, verification: the example homelab type-checks strictly against typings generated from the shared
// schemas (0 errors, no casts, no any), `tsnix check` finds nothing to report, and a deliberate misuse of each kind
// — a misspelt service option, a misspelt NixOS option, a plaintext secret, a port as text — is rejected at its line.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkProject,
  located,
  schemasAvailable,
  strictConfigCopy,
  type StrictConfig,
} from "./homelab/strict-config.js";

const available = schemasAvailable("the example homelab under strict typings");

function sourcesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter(
      (f) => f.endsWith(".ts") && !f.split(path.sep).some((p) => p === ".tsnix" || p === "result-flake"),
    )
    .sort();
}

/** Casts (`as`, `<T>x`, `x!`) and `any`, wherever written. */
function escapesFromTyping(file: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const isConstAssertion =
      ts.isAsExpression(node) && ts.isTypeReferenceNode(node.type) && node.type.getText() === "const";
    if ((ts.isAsExpression(node) && !isConstAssertion) || ts.isTypeAssertionExpression(node))
      found.push(`${file}:${line} cast`);
    if (ts.isNonNullExpression(node)) found.push(`${file}:${line} non-null assertion`);
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${file}:${line} any`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe.skipIf(!available)("the example homelab under strict typings", () => {
  let copy: StrictConfig;

  beforeAll(() => {
    copy = strictConfigCopy();
  });
  afterAll(() => copy?.remove());

  it("type-checks and lowers with no diagnostic", () => {
    expect(fs.existsSync(path.join(copy.dir, ".tsnix", "types", "nixos", "index.d.ts"))).toBe(true);
    expect(located(copy.dir, checkProject(copy.dir))).toEqual([]);
  });

  it("has no casts and no any", () => {
    const sources = sourcesOf(copy.dir);
    expect(sources.length).toBeGreaterThan(30);
    expect(
      sources.flatMap((f) => escapesFromTyping(f, fs.readFileSync(path.join(copy.dir, f), "utf8"))),
    ).toEqual([]);
  });

  it("rejects a deliberate misuse of each kind at its line", () => {
    const expected: string[] = [];
    const misuse = (file: string, find: string, replace: string, code: string): void => {
      const target = path.join(copy.dir, file);
      const lines = fs.readFileSync(target, "utf8").split("\n");
      const index = lines.findIndex((line) => line.includes(find));
      expect(index, `${file}: ${find}`).toBeGreaterThanOrEqual(0);
      lines[index] = lines[index]!.replace(find, replace);
      fs.writeFileSync(target, lines.join("\n"));
      expected.push(`${file}:${index + 1} ${code}`);
    };
    // A misspelt option of a homelab service (declared in TypeScript).
    misuse("hosts/forge.ts", "gatus: { enable: true }", "gatus: { enabel: true }", "TS2353");
    // A misspelt NixOS option (from the generated typings) in a config function: tsnix names the line.
    misuse("profiles/desktop.ts", "printing: { enable", "printng: { enable", "TSNIX1609");
    // A secret's value where its file belongs.
    misuse(
      "hosts/server-x86.ts",
      'passwordFile: sopsSecret("restic-password")',
      'passwordFile: "hunter2"',
      "TS2322",
    );
    // A port written as text.
    misuse(
      "hosts/forge.ts",
      "postgresql: { enable: true, databases",
      'postgresql: { enable: true, port: "5432", databases',
      "TS2322",
    );
    // A NixOS option of the wrong type in a config function: tsnix names the line, TypeScript the function.
    misuse(
      "profiles/common.ts",
      'gc: { automatic: true, dates: "weekly"',
      'gc: { automatic: "yes", dates: "weekly"',
      "TSNIX1610",
    );
    const common = fs.readFileSync(path.join(copy.dir, "profiles/common.ts"), "utf8").split("\n");
    expected.push(`profiles/common.ts:${common.findIndex((line) => line.includes("config: ({")) + 1} TS2322`);
    expect(located(copy.dir, checkProject(copy.dir)).sort()).toEqual(expected.sort());
  });
});
