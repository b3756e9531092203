// Checks and cleans what extract.nix printed: the option list becomes `SchemaOption`s (nulls and `__path` dropped).
import type { RenderedText, SchemaOption, SchemaType } from "../schema.js";
import { ExtractError } from "./extract-error.js";

export interface Extracted {
  readonly source: string;
  readonly options: readonly SchemaOption[];
}

type Json = { readonly [key: string]: unknown };

const TEXT_KINDS: readonly string[] = ["value", "text", "literalExpression", "literalExample", "literalMD"];

export function readExtracted(stdout: string): Extracted {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (error) {
    throw malformed("the output", `not JSON (${(error as Error).message})`);
  }
  const root = object(parsed, "the output");
  return { source: string(root["source"], "source"), options: optionList(root["options"], []) };
}

function optionList(value: unknown, at: readonly string[]): SchemaOption[] {
  if (!Array.isArray(value)) throw malformed(where(at), "options is not a list");
  return value.map((item) => option(item, at));
}

function option(value: unknown, parent: readonly string[]): SchemaOption {
  const raw = object(value, where(parent));
  const loc = strings(raw["loc"], where(parent));
  const at = [...parent, ...loc];
  const visible = raw["visible"];
  if (typeof visible !== "boolean" && typeof visible !== "string") throw malformed(where(at), "visible");
  return {
    loc,
    type: type(raw["type"], at),
    ...optional("description", raw["description"], (v) => string(v, where(at))),
    ...optional("default", raw["default"], (v) => rendered(v, where(at))),
    ...optional("defaultText", raw["defaultText"], (v) => rendered(v, where(at))),
    ...optional("example", raw["example"], (v) => rendered(v, where(at))),
    readOnly: boolean(raw["readOnly"], where(at)),
    internal: boolean(raw["internal"], where(at)),
    visible,
    declarations: strings(raw["declarations"], where(at)),
  };
}

function type(value: unknown, at: readonly string[]): SchemaType {
  const raw = object(value, where(at));
  const nested = raw["nested"];
  return {
    name: string(raw["name"], where(at)),
    ...optional("description", raw["description"], (v) => string(v, where(at))),
    ...optional("values", raw["values"], (v) => list(v, where(at))),
    ...optional("separator", raw["separator"], (v) => string(v, where(at))),
    ...optional("options", raw["options"], (v) => optionList(v, at)),
    ...optional("nested", nested, (v) =>
      Object.fromEntries(
        Object.entries(object(v, where(at))).map(([role, t]) => [role, type(t, [...at, `<${role}>`])]),
      ),
    ),
    ...optional("recursive", raw["recursive"], (v) => boolean(v, where(at))),
    // where a cut recursive type is spelled out in full (not yet in SchemaType; harmless to readers that ignore it)
    ...optional("ref", raw["ref"], (v) => strings(v, where(at))),
  };
}

function rendered(value: unknown, at: string): RenderedText {
  const raw = object(value, at);
  const keys = Object.keys(raw);
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined || !TEXT_KINDS.includes(kind))
    throw malformed(at, "a rendered value");
  if (kind !== "value") string(raw[kind], at);
  return raw as RenderedText;
}

/** `{ key: read(value) }`, or nothing for an absent (null) field. */
function optional<K extends string, T>(key: K, value: unknown, read: (v: unknown) => T): { [P in K]?: T } {
  return value === undefined || value === null ? {} : ({ [key]: read(value) } as { [P in K]?: T });
}

function object(value: unknown, at: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw malformed(at, "not an object");
  return value as Json;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw malformed(at, "not a list");
  return value;
}

function strings(value: unknown, at: string): string[] {
  const items = list(value, at);
  for (const item of items) string(item, at);
  return items as string[];
}

function string(value: unknown, at: string): string {
  if (typeof value !== "string") throw malformed(at, "not a string");
  return value;
}

function boolean(value: unknown, at: string): boolean {
  if (typeof value !== "boolean") throw malformed(at, "not a boolean");
  return value;
}

function where(path: readonly string[]): string {
  return path.length === 0 ? "the option list" : `option ${path.join(".")}`;
}

function malformed(at: string, what: string): ExtractError {
  return new ExtractError(
    `internal error: extract.nix printed a malformed schema (${at}: ${what}); please report it`,
  );
}
