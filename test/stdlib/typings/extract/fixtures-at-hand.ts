// Where the nixpkgs/home-manager fixtures are for stage-1 tests, and the loud note when they are not unpacked.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import type { OptionsSchema, SchemaOption, SchemaType } from "../../../../stdlib/src/typings/schema.js";

export { fixture, fixturesAtHand, fixturesRoot } from "../../../support/fixtures.js";

/** A directory of small hand-written modules, next to this file. */
export const MODULE_FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), "fixtures");

function sharedSchemaFile(name: string): string {
  const repoRoot = path.resolve(MODULE_FIXTURES, "..", "..", "..", "..", "..");
  return path.join(repoRoot, "..", "shared", "fixtures", "options", `${name}.json.gz`);
}

/** Whether the shared schema a test compares with is beside the repository; warns loudly when not. */
export function sharedSchemaAtHand(what: string, name: string): boolean {
  if (fs.existsSync(sharedSchemaFile(name))) return true;
  console.warn(
    `SKIPPED: ${what} (the shared schema ../shared/fixtures/options/${name}.json.gz is not beside the repository)`,
  );
  return false;
}

/** One of the shared schemas produced by the reference walker (../shared/fixtures/options, beside the repo). */
export function sharedSchema(name: string): OptionsSchema {
  return JSON.parse(
    zlib.gunzipSync(fs.readFileSync(sharedSchemaFile(name))).toString("utf8"),
  ) as OptionsSchema;
}

/**
 * Every option of a schema, submodule fields included, by its path: the parent's path, then `<role>` for each
 * nested type on the way (`users.users.<elemType>.createHome`).
 */
export function flattenOptions(options: readonly SchemaOption[]): Map<string, SchemaOption> {
  const found = new Map<string, SchemaOption>();
  const visitType = (type: SchemaType, at: readonly string[]): void => {
    if (type.options) visitOptions(type.options, at);
    for (const [role, nested] of Object.entries(type.nested ?? {})) visitType(nested, [...at, `<${role}>`]);
  };
  const visitOptions = (list: readonly SchemaOption[], at: readonly string[]): void => {
    for (const option of list) {
      const path = [...at, ...option.loc];
      found.set(path.join("."), option);
      visitType(option.type, path);
    }
  };
  visitOptions(options, []);
  return found;
}

/**
 * Whether two walkers agree on a type: names, enum values and nested roles, compared down to where either of them
 * cut a recursive type (the reference walker cut at a fixed depth, tsnix's at the first repeat).
 */
export function sameTypeUpToCuts(a: SchemaType, b: SchemaType): boolean {
  if (a.recursive || b.recursive) return true;
  if (a.name !== b.name || JSON.stringify(a.values) !== JSON.stringify(b.values)) return false;
  const roles = Object.keys(a.nested ?? {}).sort();
  if (
    roles.join() !==
    Object.keys(b.nested ?? {})
      .sort()
      .join()
  )
    return false;
  return roles.every((role) => sameTypeUpToCuts(a.nested![role]!, b.nested![role]!));
}

/** Every type node of a schema with its path (as in flattenOptions, `<role>` for nested types). */
export function* typeNodes(
  options: readonly SchemaOption[],
  at: readonly string[] = [],
): Generator<[string[], SchemaType]> {
  for (const option of options) {
    const path = [...at, ...option.loc];
    yield* typeNodesOf(option.type, path);
  }
}

function* typeNodesOf(type: SchemaType, at: string[]): Generator<[string[], SchemaType]> {
  yield [at, type];
  if (type.options) yield* typeNodes(type.options, at);
  for (const [role, nested] of Object.entries(type.nested ?? {}))
    yield* typeNodesOf(nested, [...at, `<${role}>`]);
}
