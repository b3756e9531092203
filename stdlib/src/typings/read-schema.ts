// Reads an options schema (`.json.gz` or `.json`) and checks that it is a `tsnix-options-schema/1` document, with
// one clear message per problem instead of a crash deep in the generator.
import * as fs from "node:fs";
import * as zlib from "node:zlib";
import { SCHEMA_FORMAT, type OptionsSchema, type SchemaOption, type SchemaType } from "./schema.js";

/** Why a schema could not be read: `kind` tells the CLI which diagnostic to report. */
export class SchemaReadError extends Error {
  override readonly name = "SchemaReadError";
  constructor(
    readonly kind: "missing" | "unreadable" | "wrong-format",
    message: string,
  ) {
    super(message);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

export function readSchemaFile(file: string): OptionsSchema {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SchemaReadError("missing", "the file does not exist");
    throw new SchemaReadError("unreadable", (error as Error).message);
  }
  return parseSchema(decodeSchemaBytes(bytes));
}

/** The JSON text of a schema file, gunzipped when it starts with gzip's magic bytes (whatever its name). */
export function decodeSchemaBytes(bytes: Buffer): string {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes.toString("utf8");
  try {
    return zlib.gunzipSync(bytes).toString("utf8");
  } catch (error) {
    throw new SchemaReadError("unreadable", `not a valid gzip file (${(error as Error).message})`);
  }
}

export function parseSchema(text: string): OptionsSchema {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SchemaReadError("unreadable", `not JSON (${(error as Error).message})`);
  }
  return validateSchema(json);
}

/** Checks the shape of a parsed schema; the returned value is the input itself, now typed. */
export function validateSchema(json: unknown): OptionsSchema {
  if (!isRecord(json)) throw wrongFormat("the document is not a JSON object");
  if (json["format"] !== SCHEMA_FORMAT) {
    const found = typeof json["format"] === "string" ? `'${json["format"]}'` : "no format field";
    throw wrongFormat(`expected format '${SCHEMA_FORMAT}', found ${found}`);
  }
  if (typeof json["set"] !== "string" || json["set"] === "")
    throw wrongFormat("'set' must be a non-empty string");
  if (typeof json["source"] !== "string") throw wrongFormat("'source' must be a string");
  checkOptions(json["options"], "options");
  return json as unknown as OptionsSchema;
}

function checkOptions(value: unknown, at: string): asserts value is SchemaOption[] {
  if (!Array.isArray(value)) throw wrongFormat(`${at} must be a list`);
  value.forEach((option, index) => checkOption(option, `${at}[${index}]`));
}

function checkOption(option: unknown, at: string): void {
  if (!isRecord(option)) throw wrongFormat(`${at} is not an object`);
  const loc = option["loc"];
  if (!Array.isArray(loc) || loc.length === 0 || !loc.every((s) => typeof s === "string")) {
    throw wrongFormat(`${at}.loc must be a non-empty list of strings`);
  }
  const where = `option '${loc.join(".")}'`;
  checkType(option["type"], `${where}: type`);
  const description = option["description"];
  if (description !== undefined && description !== null && typeof description !== "string") {
    throw wrongFormat(`${where}: description must be a string`);
  }
  for (const field of ["default", "defaultText", "example"] as const) {
    if (option[field] !== undefined && !isRecord(option[field])) {
      throw wrongFormat(`${where}: ${field} must be an object like { "value": … }`);
    }
  }
  const declarations = option["declarations"];
  if (
    declarations !== undefined &&
    !(Array.isArray(declarations) && declarations.every((d) => typeof d === "string"))
  ) {
    throw wrongFormat(`${where}: declarations must be a list of strings`);
  }
}

function checkType(type: unknown, at: string): void {
  if (!isRecord(type) || typeof type["name"] !== "string")
    throw wrongFormat(`${at} must be an object with a name`);
  if (type["values"] !== undefined && !Array.isArray(type["values"]))
    throw wrongFormat(`${at}: values must be a list`);
  if (type["options"] !== undefined) checkOptions(type["options"], `${at}.options`);
  const nested = type["nested"];
  if (nested === undefined) return;
  if (!isRecord(nested)) throw wrongFormat(`${at}: nested must be an object`);
  for (const [role, inner] of Object.entries(nested)) checkType(inner, `${at}.${role}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wrongFormat(detail: string): SchemaReadError {
  return new SchemaReadError("wrong-format", detail);
}
