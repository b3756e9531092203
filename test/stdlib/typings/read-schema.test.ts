// Reading schema files: gzip or plain JSON (by content, not by name), and one clear error per wrong input.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSchema, readSchemaFile, SchemaReadError } from "../../../stdlib/src/typings/read-schema.js";
import { option, schemaOf, t } from "./support/schema-builders.js";
import { temporaryDirectory } from "./support/typings-fixtures.js";

let dir: string;
beforeAll(() => {
  dir = temporaryDirectory("read-schema");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function errorOf(run: () => unknown): SchemaReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaReadError) return error;
    throw error;
  }
  throw new Error("expected a SchemaReadError");
}

const valid = schemaOf([option("services.x.enable", t.bool)]);

describe("readSchemaFile", () => {
  it("reads a gzip-compressed schema", () => {
    const file = path.join(dir, "a.json.gz");
    fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(valid)));
    expect(readSchemaFile(file)).toEqual(valid);
  });

  it("reads a plain JSON schema, whatever its name", () => {
    const file = path.join(dir, "b.json.gz");
    fs.writeFileSync(file, JSON.stringify(valid));
    expect(readSchemaFile(file).set).toBe("nixos");
  });

  it("reports a missing file", () => {
    expect(errorOf(() => readSchemaFile(path.join(dir, "missing.json.gz"))).kind).toBe("missing");
  });

  it("reports a broken gzip stream and text that is not JSON as unreadable", () => {
    const gz = path.join(dir, "broken.json.gz");
    fs.writeFileSync(gz, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    expect(errorOf(() => readSchemaFile(gz)).kind).toBe("unreadable");
    expect(errorOf(() => parseSchema("{ not json")).message).toMatch(/not JSON/);
  });
});

describe("validation", () => {
  const wrong = (value: unknown): string => {
    const error = errorOf(() => parseSchema(JSON.stringify(value)));
    expect(error.kind).toBe("wrong-format");
    return error.message;
  };

  it("names the expected format", () => {
    expect(wrong({ ...valid, format: "other/2" })).toMatch(
      /expected format 'tsnix-options-schema\/1', found 'other\/2'/,
    );
    expect(wrong([1, 2])).toMatch(/not a JSON object/);
  });

  it("points at the option that is malformed", () => {
    const bad = { ...valid, options: [{ ...valid.options[0], type: { nested: {} } }] };
    expect(wrong(bad)).toMatch(/option 'services\.x\.enable': type must be an object with a name/);
    expect(wrong({ ...valid, options: [{ loc: [], type: t.str }] })).toMatch(/loc must be a non-empty list/);
    expect(wrong({ ...valid, options: {} })).toMatch(/options must be a list/);
  });

  it("accepts nulls where the walker could not evaluate a field", () => {
    const withNulls = {
      ...valid,
      options: [{ ...valid.options[0], description: null, readOnly: null, visible: null }],
    };
    expect(parseSchema(JSON.stringify(withNulls)).options).toHaveLength(1);
  });
});
