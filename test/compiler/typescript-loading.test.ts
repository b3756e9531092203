// tsnix loads TypeScript's compiler (ts-morph) with require, through compiler/src/typescript.ts: an ES module that
// imports the CommonJS ts-morph makes Node scan ts-morph's whole source for its export names first, a third of a
// second of every `tsnix` run (bench/build). A module that imports "ts-morph" for its values brings that back.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/golden-cases.js";

const SHIM = path.join("compiler", "src", "typescript.ts");

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

describe("loading TypeScript", () => {
  it("imports ts-morph's values only in compiler/src/typescript.ts", () => {
    const importers = [...sources("compiler/src"), ...sources("stdlib/src")].filter(
      (file) =>
        file !== SHIM &&
        /^import (?!type )[^;]*from "ts-morph";/m.test(fs.readFileSync(path.join(repoRoot, file), "utf8")),
    );
    expect(importers).toEqual([]);
  });

  it("gives the compiler the same TypeScript as ts-morph's", async () => {
    const { ts } = await import("../../compiler/src/typescript.js");
    const tsMorph = await import("ts-morph");
    expect(ts).toBe(tsMorph.ts);
  });
});
