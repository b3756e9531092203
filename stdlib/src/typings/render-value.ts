// Renders an option's default and example (`{ value }`, `{ text }`, `{ literalExpression }`, …) as Markdown for
// JSDoc: data in TypeScript syntax (what the user writes), Nix expressions as Nix, Markdown as is.
import type { RenderedText } from "./schema.js";

/** Longest rendering kept in a doc comment; longer ones are cut with an ellipsis (typings stay small). */
const MAX_RENDERED_LENGTH = 1200;
const MAX_INLINE_LENGTH = 100;

export function renderedToMarkdown(rendered: RenderedText): string {
  const entries = Object.entries(rendered) as [string, unknown][];
  const [kind, payload] = entries[0] ?? ["value", undefined];
  // Older walkers put data under literalExample too (`{ literalExample: 16 }`): render it as data then.
  if (kind === "value" || typeof payload !== "string")
    return codeMarkdown(truncate(renderValue(payload, 0)), "ts");
  if (kind === "literalMD") return truncate(payload.trim());
  return codeMarkdown(truncate(payload), kind === "text" ? "" : "nix");
}

/** Inline code when short and on one line, a fenced block otherwise. */
export function codeMarkdown(text: string, language: string): string {
  const trimmed = text.trim();
  if (!trimmed.includes("\n") && !trimmed.includes("`") && trimmed.length <= MAX_INLINE_LENGTH)
    return `\`${trimmed}\``;
  return `\n\`\`\`${language}\n${trimmed.replace(/```/g, "`\u200b``")}\n\`\`\``;
}

function truncate(text: string): string {
  return text.length <= MAX_RENDERED_LENGTH ? text : `${text.slice(0, MAX_RENDERED_LENGTH)} …`;
}

/** A value as TypeScript literal text; the schema's `_tsnix` markers become readable placeholders. */
export function renderValue(value: unknown, indent: number): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return renderList(value, indent);
  if (typeof value === "object")
    return (
      renderMarker(value as Record<string, unknown>) ?? renderAttrs(value as Record<string, unknown>, indent)
    );
  return String(value);
}

function renderMarker(value: Record<string, unknown>): string | undefined {
  const marker = value["_tsnix"];
  if (typeof marker !== "string") return undefined;
  switch (marker) {
    case "package":
      return `pkgs.${String(value["name"] ?? "?")}`;
    case "path":
      return String(value["path"] ?? "<path>");
    case "function":
      return "<function>";
    case "error":
      return "<computed from pkgs>";
    case "deep":
      return "…";
    default:
      return typeof value["text"] === "string" ? value["text"] : `<${marker}>`;
  }
}

function renderList(items: readonly unknown[], indent: number): string {
  if (items.length === 0) return "[]";
  const rendered = items.map((item) => renderValue(item, indent + 1));
  const oneLine = `[${rendered.join(", ")}]`;
  if (oneLine.length <= 80 && !oneLine.includes("\n")) return oneLine;
  const pad = "  ".repeat(indent + 1);
  return `[\n${rendered.map((r) => `${pad}${r},`).join("\n")}\n${"  ".repeat(indent)}]`;
}

function renderAttrs(attrs: Record<string, unknown>, indent: number): string {
  const keys = Object.keys(attrs);
  if (keys.length === 0) return "{}";
  const entries = keys.map((key) => `${propertyKey(key)}: ${renderValue(attrs[key], indent + 1)}`);
  const oneLine = `{ ${entries.join(", ")} }`;
  if (oneLine.length <= 80 && !oneLine.includes("\n")) return oneLine;
  const pad = "  ".repeat(indent + 1);
  return `{\n${entries.map((e) => `${pad}${e},`).join("\n")}\n${"  ".repeat(indent)}}`;
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}
