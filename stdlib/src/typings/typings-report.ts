// The generator's report: what was generated, how big it is, and every place a loose fallback stands in for a
// precise type (by fallback name) or a Nix type could not be mapped at all (by Nix type name).
import type { TypingsModel } from "./build-model.js";
import type { EmittedFile } from "./emit-files.js";
import { forEachChildType, forEachDeclarationType } from "./emit-files.js";
import type { TypeModel } from "./type-model.js";

export interface TypingsReport {
  readonly set: string;
  readonly setKey: string;
  readonly rootInterface: string;
  readonly source: string;
  /** Options in the schema, submodule fields included. */
  readonly schemaOptions: number;
  /** Option properties in the emitted interfaces (after deduplication of identical submodules). */
  readonly options: number;
  readonly interfaces: number;
  readonly typeAliases: number;
  readonly files: number;
  readonly bytes: number;
  readonly deduplicatedSubmodules: number;
  /** Read-only options left out of the input types (occurrences in the schema). */
  readonly readOnlyOmitted: number;
  /** Options that demand a secret reference (`SecretPath`) instead of a string or path. */
  readonly secretOptions: number;
  /** Emitted options marked `@deprecated` (renamed, removed, superseded). */
  readonly deprecated: number;
  /** `Unmapped<"name">` occurrences in the output, by Nix type name. */
  readonly unmapped: Readonly<Record<string, number>>;
  /** Loose named fallbacks (NixValue, NixAttrs, Unspecified) in the output, by name. */
  readonly fallbacks: Readonly<Record<string, number>>;
}

const FALLBACK_NAMES = new Set(["NixValue", "NixAttrs", "Unspecified"]);

export function buildReport(set: string, model: TypingsModel, files: readonly EmittedFile[]): TypingsReport {
  const unmapped: Record<string, number> = {};
  const fallbacks: Record<string, number> = {};
  const visit = (type: TypeModel): void => {
    if (type.kind === "library" && type.name === "Unmapped") {
      const name = type.args[0]?.kind === "literal" ? String(type.args[0].value) : "?";
      unmapped[name] = (unmapped[name] ?? 0) + 1;
      return;
    }
    if (type.kind === "library" && FALLBACK_NAMES.has(type.name))
      fallbacks[type.name] = (fallbacks[type.name] ?? 0) + 1;
    forEachChildType(type, visit);
  };
  let options = 0;
  let deprecated = 0;
  for (const declaration of model.declarations) {
    forEachDeclarationType(declaration, visit);
    if (declaration.kind !== "interface") continue;
    for (const member of declaration.members) {
      if (!member.doc) continue;
      options++;
      if (member.doc.tags.some((t) => t.name === "deprecated")) deprecated++;
    }
  }
  return {
    set,
    setKey: model.setKey,
    rootInterface: model.rootName,
    source: model.source,
    schemaOptions: model.schemaOptions,
    options,
    interfaces: model.declarations.filter((d) => d.kind === "interface").length,
    typeAliases: model.declarations.filter((d) => d.kind === "alias").length,
    files: files.length,
    bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
    deduplicatedSubmodules: model.deduplicatedSubmodules,
    readOnlyOmitted: model.readOnlyOmitted,
    secretOptions: model.secretOptions,
    deprecated,
    unmapped: sortedRecord(unmapped),
    fallbacks: sortedRecord(fallbacks),
  };
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
}

/** The summary `tsnix types` prints. */
export function formatReport(report: TypingsReport, directory: string): string {
  const n = (value: number): string => value.toLocaleString("en-US");
  const total = (record: Readonly<Record<string, number>>): number =>
    Object.values(record).reduce((a, b) => a + b, 0);
  const list = (record: Readonly<Record<string, number>>): string =>
    Object.entries(record)
      .map(([name, count]) => `${name} ${n(count)}`)
      .join(", ");
  const lines = [
    `tsnix types: ${report.setKey} (${report.source})`,
    `  ${n(report.schemaOptions)} options in the schema → ${n(report.options)} option properties in ${n(report.interfaces)} interfaces and ${n(report.typeAliases)} type aliases (root: ${report.rootInterface})`,
    `  ${n(report.files)} files, ${(report.bytes / 1_000_000).toFixed(1)} MB in ${directory}`,
    `  deduplicated submodules: ${n(report.deduplicatedSubmodules)}; read-only options omitted: ${n(report.readOnlyOmitted)}; deprecated: ${n(report.deprecated)}`,
    `  secret options (a SecretPath, never a plain string): ${n(report.secretOptions)}`,
    `  loose fallbacks: ${total(report.fallbacks) === 0 ? "none" : list(report.fallbacks)}`,
    `  unmapped types: ${total(report.unmapped) === 0 ? "none" : `${n(total(report.unmapped))} (${list(report.unmapped)})`}`,
  ];
  return `${lines.join("\n")}\n`;
}
