// The output layout (source → output path, shared by `tsnix compile -o` and `tsnix build`) and the all-or-nothing
// write of a run's files; import paths between outputs evaluated by the real nix-instantiate.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commonDirectory, nixFileName, planOutputLayout } from "../../../compiler/src/emit/output-layout.js";
import { OutputWriteError, writeFilesAtomically } from "../../../compiler/src/emit/write-atomic.js";
import * as nix from "../../../compiler/src/nix/ast.js";
import { relativeFilePath } from "../../../compiler/src/nix/paths.js";
import { printNix } from "../../../compiler/src/printer/print-nix.js";
import { evalFileJson, nixAvailable } from "../../support/nix.js";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-output-layout-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("planOutputLayout", () => {
  it("places each output beside its source by default", () => {
    const { layout, problems } = planOutputLayout({ sources: ["/p/main.ts", "/p/lib/net.mts"] });
    expect(problems).toEqual([]);
    expect([...layout.outputs]).toEqual([
      ["/p/main.ts", "/p/main.nix"],
      ["/p/lib/net.mts", "/p/lib/net.nix"],
    ]);
  });

  it("mirrors the source root under the output root, with pinned files where they were asked for", () => {
    const { layout, problems } = planOutputLayout({
      sources: ["/p/hosts/a.ts", "/p/lib/net.ts"],
      outputRoot: "/out",
      pinned: new Map([["/p/hosts/a.ts", "/elsewhere/result.nix"]]),
    });
    expect(problems).toEqual([]);
    expect(layout.outputOf("/p/hosts/a.ts")).toBe("/elsewhere/result.nix");
    expect(layout.outputOf("/p/lib/net.ts")).toBe("/out/lib/net.nix");
    expect(layout.outputOf("/p/other.ts")).toBe("/p/other.nix"); // outside the request: beside itself
  });

  it("reports two sources with one output, and an output that is an input", () => {
    const collision = planOutputLayout({ sources: ["/p/lib.ts", "/p/lib.mts", "/p/lib.tsx"] });
    expect(collision.problems.map((p) => p.kind)).toEqual(["collision", "collision"]);
    const pinnedOverOther = planOutputLayout({
      sources: ["/p/main.ts", "/p/lib.ts"],
      outputRoot: "/p",
      pinned: new Map([["/p/main.ts", "/p/lib.nix"]]),
    });
    expect(pinnedOverOther.problems).toEqual([
      { kind: "collision", output: "/p/lib.nix", sources: ["/p/main.ts", "/p/lib.ts"] },
    ]);
    const overInput = planOutputLayout({
      sources: ["/p/main.ts"],
      pinned: new Map([["/p/main.ts", "/p/data.nix"]]),
      inputs: ["/p/data.nix"],
    });
    expect(overInput.problems).toEqual([
      { kind: "overwrites-input", output: "/p/data.nix", source: "/p/main.ts" },
    ]);
  });

  it("names outputs by replacing every TypeScript extension", () => {
    expect(["a.ts", "a.mts", "a.cts", "a.tsx", "a.d.ts", "a.b.ts"].map(nixFileName)).toEqual([
      "a.nix",
      "a.nix",
      "a.nix",
      "a.nix",
      "a.nix",
      "a.b.nix",
    ]);
  });

  it("finds the deepest common directory", () => {
    expect(commonDirectory(["/p/a/x.ts", "/p/a/b/y.ts"])).toBe("/p/a");
    expect(commonDirectory(["/p/a/x.ts", "/p/ab/y.ts"])).toBe("/p");
    expect(commonDirectory(["/p/..a/x.ts", "/p/y.ts"])).toBe("/p");
    expect(commonDirectory(["/a/x.ts", "/b/y.ts"])).toBe("/");
  });
});

describe("relative Nix paths between outputs", () => {
  const awkward = [
    "plain.nix",
    "dash-and_under+plus.nix",
    "my lib.nix",
    "a@b.nix",
    "~tilde.nix",
    "x#y.nix",
    "ümlaut é.nix",
    'quote"and\\backslash.nix',
    "dollar${x}.nix",
    "sp ace/inner.nix",
    "deep/er/file.nix",
  ];

  it("writes a path literal only where Nix's path grammar allows it", () => {
    const print = (from: string, to: string) => printNix(relativeFilePath(from, to)).trim();
    expect(print("/p/a.nix", "/p/lib.nix")).toBe("./lib.nix");
    expect(print("/p/x/a.nix", "/p/lib/net.nix")).toBe("../lib/net.nix");
    expect(print("/p/a.nix", "/p/my lib.nix")).toBe('./. + "/my lib.nix"');
    expect(print("/p/x/a.nix", "/p/my lib.nix")).toBe('./. + "/../my lib.nix"');
  });

  it.skipIf(!nixAvailable())("every awkward name is imported from above, beside and below", () => {
    const dir = path.join(root, "awkward");
    const importers = ["main.nix", "below/main.nix", "a b/c d/main.nix"].map((f) => path.join(dir, f));
    awkward.forEach((name, i) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), `${i}\n`);
    });
    for (const importer of importers) {
      const list = nix.list(
        awkward.map((name) =>
          nix.apply(nix.ident("import"), relativeFilePath(importer, path.join(dir, name))),
        ),
      );
      fs.mkdirSync(path.dirname(importer), { recursive: true });
      fs.writeFileSync(importer, printNix(list));
      expect(evalFileJson(importer)).toEqual({ ok: true, value: awkward.map((_, i) => i) });
    }
  });
});

describe("writeFilesAtomically", () => {
  const read = (file: string) => fs.readFileSync(file, "utf8");
  const leftovers = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.includes(".tsnix-"));

  it("writes every file, creating directories, and replaces files it may replace", () => {
    const dir = path.join(root, "write-all");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "old.nix"), "old");
    writeFilesAtomically(
      [
        { path: path.join(dir, "old.nix"), text: "new" },
        { path: path.join(dir, "a/b/c.nix"), text: "c" },
      ],
      () => true,
    );
    expect(read(path.join(dir, "old.nix"))).toBe("new");
    expect(read(path.join(dir, "a/b/c.nix"))).toBe("c");
    expect(leftovers(dir)).toEqual([]);
  });

  it("writes nothing when one file may not be replaced", () => {
    const dir = path.join(root, "write-none-foreign");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "mine.nix"), "mine");
    fs.writeFileSync(path.join(dir, "theirs.nix"), "theirs");
    const attempt = () =>
      writeFilesAtomically(
        [
          { path: path.join(dir, "mine.nix"), text: "changed" },
          { path: path.join(dir, "new/x.nix"), text: "x" },
          { path: path.join(dir, "theirs.nix"), text: "changed" },
        ],
        (file) => !file.endsWith("theirs.nix"),
      );
    expect(attempt).toThrow(OutputWriteError);
    expect(read(path.join(dir, "mine.nix"))).toBe("mine");
    expect(read(path.join(dir, "theirs.nix"))).toBe("theirs");
    expect(fs.existsSync(path.join(dir, "new"))).toBe(false);
  });

  it("writes nothing, and removes the directories it made, when a later file cannot be written", () => {
    const dir = path.join(root, "write-none-failure");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "first.nix"), "first");
    fs.writeFileSync(path.join(dir, "blocker"), "a file where a directory is needed");
    const attempt = () =>
      writeFilesAtomically(
        [
          { path: path.join(dir, "first.nix"), text: "changed" },
          { path: path.join(dir, "made/deep/x.nix"), text: "x" },
          { path: path.join(dir, "blocker/y.nix"), text: "y" },
        ],
        () => true,
      );
    expect(attempt).toThrow(OutputWriteError);
    expect(read(path.join(dir, "first.nix"))).toBe("first");
    expect(fs.existsSync(path.join(dir, "made"))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it("refuses one path given twice", () => {
    const file = path.join(root, "twice.nix");
    expect(() =>
      writeFilesAtomically(
        [
          { path: file, text: "1" },
          { path: file, text: "2" },
        ],
        () => true,
      ),
    ).toThrow(/twice/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
