// What an option's JSDoc says: its description (as Markdown), its Nix type, default, example and declaring files,
// and whether it was renamed or removed (NixOS keeps such options hidden with a tell-tale shape, see below).
import { descriptionToMarkdown } from "./docbook-to-markdown.js";
import { renderedToMarkdown } from "./render-value.js";
import type { SchemaOption, SchemaType } from "./schema.js";
import type { OptionDoc } from "./type-model.js";

export type OptionStatus =
  | { readonly kind: "normal" }
  /** mkAliasOptionModule: another name for `target`, still fine to use */
  | { readonly kind: "alias"; readonly target: string }
  /** mkRenamedOptionModule: hidden, description "Alias of <target>", use the target instead */
  | { readonly kind: "renamed"; readonly target: string }
  /** mkRemovedOptionModule: hidden, untyped, no description; setting it throws */
  | { readonly kind: "removed" }
  /** mkMergedOptionModule / mkChangedOptionModule: hidden, untyped, still read by a compatibility module */
  | { readonly kind: "superseded" };

const ALIAS_OF =
  /^\s*(?:Deprecated alias for|Alias of)\s+(?:<option>([^<]+)<\/option>|\{option\}`([^`]+)`|`([^`]+)`)/;

export function optionStatus(option: SchemaOption): OptionStatus {
  const visible = option.visible !== false;
  const alias = option.description?.match(ALIAS_OF);
  if (alias) {
    const target = (alias[1] ?? alias[2] ?? alias[3] ?? "").trim();
    const deprecated = !visible || /^\s*Deprecated/.test(option.description ?? "");
    return deprecated ? { kind: "renamed", target } : { kind: "alias", target };
  }
  if (visible || option.type.name !== "unspecified" || option.description) return { kind: "normal" };
  if (option.default === undefined && option.defaultText === undefined) return { kind: "removed" };
  return { kind: "superseded" };
}

export function optionDoc(option: SchemaOption, status: OptionStatus): OptionDoc {
  const lines: string[] = [];
  if (option.description?.trim()) lines.push(escapeLeadingAt(descriptionToMarkdown(option.description)), "");
  if (status.kind === "alias") lines.push(`Alias of \`${status.target}\`.`);
  lines.push(`Nix type: \`${describeNixType(option.type).replace(/`/g, "'")}\``);
  if (option.default === undefined && option.defaultText === undefined && status.kind === "normal") {
    lines.push("No default: set it wherever the module reads it.");
  }
  if (option.internal === true) lines.push("Internal option: not part of the documented interface.");
  if (option.visible === false && status.kind === "normal") lines.push("Hidden from the generated manual.");
  const declarations = option.declarations ?? [];
  if (declarations.length > 0) lines.push(`Declared in ${declarations.map((d) => `\`${d}\``).join(", ")}.`);
  return { body: lines.join("\n").trim(), tags: optionTags(option, status) };
}

function optionTags(option: SchemaOption, status: OptionStatus): OptionDoc["tags"] {
  const tags: { name: string; text: string }[] = [];
  const defaultValue = option.defaultText ?? option.default;
  if (defaultValue) tags.push({ name: "default", text: escapeLeadingAt(renderedToMarkdown(defaultValue)) });
  if (option.example)
    tags.push({ name: "example", text: escapeLeadingAt(renderedToMarkdown(option.example)) });
  if (status.kind === "renamed") tags.push({ name: "deprecated", text: `Renamed to \`${status.target}\`.` });
  if (status.kind === "removed") {
    tags.push({ name: "deprecated", text: "Removed: setting this option fails evaluation." });
  }
  if (status.kind === "superseded") {
    tags.push({ name: "deprecated", text: "Superseded by other options; kept only for compatibility." });
  }
  return tags;
}

/** A line starting with `@` would start a JSDoc tag: write it as an HTML entity that Markdown shows as `@`. */
function escapeLeadingAt(text: string): string {
  return text.replace(/^(\s*)@/gm, "$1&#64;");
}

const MAX_TYPE_DESCRIPTION = 160;

/** The Nix type as the NixOS manual words it (`null or (list of string)`), from the schema's type tree. */
export function describeNixType(type: SchemaType): string {
  const text = describe(type);
  return text.length <= MAX_TYPE_DESCRIPTION ? text : `${text.slice(0, MAX_TYPE_DESCRIPTION)}…`;
}

function describe(type: SchemaType): string {
  const nested = type.nested ?? {};
  const part = (role: string): string => {
    const inner = nested[role];
    if (!inner) return "…";
    const text = describe(inner);
    return inner.nested && Object.keys(inner.nested).length > 0 && inner.name !== "enum" ? `(${text})` : text;
  };
  switch (type.name) {
    case "nullOr":
      return `null or ${part("elemType")}`;
    case "listOf":
    case "nonEmptyListOf":
      return `list of ${part("elemType")}`;
    case "attrsOf":
      return `attribute set of ${part("elemType")}`;
    case "lazyAttrsOf":
      return `lazy attribute set of ${part("elemType")}`;
    case "loaOf":
      return `list or attribute set of ${part("elemType")}`;
    case "either":
      return `${part("left")} or ${part("right")}`;
    case "coercedTo":
      return nested["coercedType"]
        ? `${part("finalType")} or ${part("coercedType")} convertible to it`
        : part("finalType");
    case "functionTo":
      return `function that evaluates to ${part("elemType")}`;
    case "uniq":
    case "unique":
      return part("elemType");
    case "enum":
      return `one of ${(type.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "submodule":
    case "submoduleWith":
      return "submodule";
    default:
      return type.description && type.description !== "(recursive type, truncated)"
        ? type.description
        : type.name;
  }
}
