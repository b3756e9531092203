// Writing typings: into DIR/<set>/ through a temporary sibling, replacing only what tsnix wrote before (marker),
// next to other sets, and never into a directory tsnix did not create.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MARKER_FILE, TypingsWriteError, writeTypings } from "../../../stdlib/src/typings/write-typings.js";
import { temporaryDirectory } from "./support/typings-fixtures.js";

let root: string;
beforeAll(() => {
  root = temporaryDirectory("write-typings");
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const files = (...names: string[]) => names.map((name) => ({ path: name, text: `// ${name}\n` }));

function kindOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TypingsWriteError) return error.kind;
    throw error;
  }
  return "no error";
}

describe("writeTypings", () => {
  it("creates DIR with a marker and the set's directory with its files", () => {
    const out = path.join(root, "a", ".tsnix", "types");
    const written = writeTypings(out, "nixos", files("index.d.ts", "services/nginx.d.ts"));
    expect(written).toBe(path.join(out, "nixos"));
    expect(fs.existsSync(path.join(out, MARKER_FILE))).toBe(true);
    expect(fs.readdirSync(written, { recursive: true }).sort()).toEqual(
      [MARKER_FILE, "index.d.ts", "services", path.join("services", "nginx.d.ts")].sort(),
    );
  });

  it("replaces an earlier run of the same set, keeps other sets, leaves no temporary files", () => {
    const out = path.join(root, "b");
    writeTypings(out, "nixos", files("index.d.ts", "old.d.ts"));
    writeTypings(out, "home-manager", files("index.d.ts"));
    writeTypings(out, "nixos", files("index.d.ts", "new.d.ts"));
    expect(fs.readdirSync(out).sort()).toEqual([MARKER_FILE, "home-manager", "nixos"].sort());
    expect(fs.readdirSync(path.join(out, "nixos")).sort()).toEqual(
      [MARKER_FILE, "index.d.ts", "new.d.ts"].sort(),
    );
  });

  it("adopts an empty directory but refuses one with files and no marker, touching nothing", () => {
    const empty = path.join(root, "c");
    fs.mkdirSync(empty);
    writeTypings(empty, "nixos", files("index.d.ts"));
    const foreign = path.join(root, "d");
    fs.mkdirSync(foreign);
    fs.writeFileSync(path.join(foreign, "notes.txt"), "mine");
    expect(kindOf(() => writeTypings(foreign, "nixos", files("index.d.ts")))).toBe("not-ours");
    expect(fs.readdirSync(foreign)).toEqual(["notes.txt"]);
  });

  it("refuses a set directory without marker inside its own DIR", () => {
    const out = path.join(root, "e");
    writeTypings(out, "agenix", files("index.d.ts"));
    fs.mkdirSync(path.join(out, "nixos"));
    fs.writeFileSync(path.join(out, "nixos", "hand-written.d.ts"), "");
    expect(kindOf(() => writeTypings(out, "nixos", files("index.d.ts")))).toBe("not-ours");
    expect(fs.readdirSync(path.join(out, "nixos"))).toEqual(["hand-written.d.ts"]);
  });

  it("reports a file where DIR should be", () => {
    const file = path.join(root, "f");
    fs.writeFileSync(file, "");
    expect(kindOf(() => writeTypings(file, "nixos", files("index.d.ts")))).toBe("not-writable");
  });
});
