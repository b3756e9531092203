// Reading extract.nix's output: nulls and bookkeeping dropped, malformed output reported as a tsnix bug.
import { describe, expect, it } from "vitest";
import { lastPrintedPath } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import { readExtracted } from "../../../../stdlib/src/typings/extract/read-extracted.js";

const entry = (fields: Record<string, unknown>): Record<string, unknown> => ({
  __path: ["a"],
  loc: ["a"],
  type: { name: "str", description: "string" },
  readOnly: false,
  internal: false,
  visible: true,
  declarations: ["m.nix"],
  description: null,
  default: null,
  defaultText: null,
  example: null,
  ...fields,
});

describe("readExtracted", () => {
  it("drops absent (null) fields and __path, keeping rendered values as they are", () => {
    const out = readExtracted(
      JSON.stringify({
        source: "s",
        options: [entry({ default: { value: null }, example: { literalMD: "x" } })],
      }),
    );
    expect(out.source).toBe("s");
    expect(out.options[0]).toEqual({
      loc: ["a"],
      type: { name: "str", description: "string" },
      default: { value: null },
      example: { literalMD: "x" },
      readOnly: false,
      internal: false,
      visible: true,
      declarations: ["m.nix"],
    });
  });

  it("reads nested submodule options and recursive cuts", () => {
    const sub = entry({ __path: ["a", "<elemType>", "b"], loc: ["b"], visible: "shallow" });
    const type = { name: "attrsOf", nested: { elemType: { name: "submodule", options: [sub] } } };
    const cut = { name: "submodule", recursive: true, ref: [], options: [] };
    const out = readExtracted(
      JSON.stringify({ source: "s", options: [entry({ type }), entry({ type: cut })] }),
    );
    expect(out.options[0]!.type.nested!["elemType"]!.options![0]).toMatchObject({
      loc: ["b"],
      visible: "shallow",
    });
    expect(out.options[1]!.type).toEqual(cut);
  });

  it("reports malformed output as an internal error naming the option", () => {
    expect(() => readExtracted("{")).toThrow(/internal error.*not JSON/);
    expect(() => readExtracted(JSON.stringify({ source: "s", options: [entry({ loc: "a" })] }))).toThrow(
      /malformed schema/,
    );
    expect(() =>
      readExtracted(JSON.stringify({ source: "s", options: [entry({ example: { weird: 1 } })] })),
    ).toThrow(/option a: a rendered value/);
  });
});

describe("lastPrintedPath", () => {
  it("finds the option being printed when nix aborted", () => {
    const partial = '{"options":[{"__path":["a","b"],"loc":["b"]},{"__path":["a","c"],"declarations":[';
    expect(lastPrintedPath(partial)).toEqual(["a", "c"]);
    expect(lastPrintedPath('{"options":[')).toBeUndefined();
  });
});
