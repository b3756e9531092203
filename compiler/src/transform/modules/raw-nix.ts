// The raw-Nix escape hatch: nix`…` is parsed as Nix and printed like compiled code (as written only where it has
// comments, which the AST cannot hold). A `${…}` part is compiled from TypeScript and reaches the text as a single
// token: an identifier, a path literal or a whole number as written, anything else through a `let` binding, so the
// raw text never depends on how the printer lays out compiled code. Text that is not Nix is refused at its line.
// Printed from the AST, the text keeps its value but not every spelling: ''…'' strings and URIs become "…" strings,
// `"a" = …` keys lose their quotes, `x@{ … }` is written `{ … }@x`, and `let in e` is `e`.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import { diagnosticInFile } from "../../diagnostics/diagnostic.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import { NixSyntaxError } from "../../nix/parse/lexer.js";
import { parseNix } from "../../nix/parse/parser.js";
import { placeholder, type TransformContext } from "../context.js";
import { libraryValuePath } from "./library-values.js";

export function isRawNixTag(node: ts.TaggedTemplateExpression, ctx: TransformContext): boolean {
  const path = libraryValuePath(node.tag, ctx);
  return path?.length === 1 && path[0] === "nix";
}

/** Where a stretch of the assembled text comes from: template text (1:1 with the source) or a spliced value. */
interface Segment {
  readonly textStart: number;
  readonly length: number;
  readonly node: ts.Node;
  readonly literal: boolean;
}

export function lowerRawNix(node: ts.TaggedTemplateExpression, ctx: TransformContext): Expr {
  const template = node.template;
  const bindings: Binding[] = [];
  const references: string[] = [];
  const segments: Segment[] = [];
  let text = "";
  const append = (piece: string, from: ts.Node, literal: boolean) => {
    segments.push({ textStart: text.length, length: piece.length, node: from, literal });
    text += piece;
  };
  if (ts.isNoSubstitutionTemplateLiteral(template)) append(rawText(template), template, true);
  else {
    append(rawText(template.head), template.head, true);
    for (const span of template.templateSpans) {
      append(splice(ctx.lower(span.expression), bindings, references, ctx), span.expression, false);
      append(rawText(span.literal), span.literal, true);
    }
  }
  let parsed: Expr;
  let hasComments: boolean;
  try {
    ({ expr: parsed, hasComments } = parseNix(text));
  } catch (error) {
    if (!(error instanceof NixSyntaxError)) throw error;
    reportAt(error, segments, ctx);
    return placeholder();
  }
  return nix.letIn(bindings, nix.raw(text, references, hasComments ? undefined : parsed));
}

/** A compiled `${…}` value as one token of the raw text. */
function splice(value: Expr, bindings: Binding[], references: string[], ctx: TransformContext): string {
  if (value.kind === "ident") {
    references.push(value.name);
    return value.name;
  }
  if (value.kind === "path") return value.text;
  if (value.kind === "int") return String(value.value);
  const name = ctx.naming.fresh("raw");
  bindings.push(nix.bind(name, value));
  references.push(name);
  return name;
}

/** Reports the syntax error at the character of the TypeScript file it is at (or the spliced expression). */
function reportAt(error: NixSyntaxError, segments: readonly Segment[], ctx: TransformContext): void {
  const segment =
    segments.find((s) => error.offset >= s.textStart && error.offset < s.textStart + s.length) ??
    segments[segments.length - 1]!;
  const sourceFile = segment.node.getSourceFile();
  // A template part's text starts after its opening delimiter (`` ` `` or `}`).
  const start = segment.literal
    ? segment.node.getStart(sourceFile) + 1 + Math.min(error.offset - segment.textStart, segment.length)
    : segment.node.getStart(sourceFile);
  ctx.diagnostics.add(diagnosticInFile(sourceFile, start, 1, Diagnostics.rawNixSyntax(error.message)));
}

/** The template's text as written (`\n` stays two characters: it is Nix's own escape inside a Nix string). */
function rawText(part: ts.TemplateLiteralLikeNode): string {
  return part.rawText ?? part.text;
}

export function rejectTaggedTemplate(node: ts.TaggedTemplateExpression, ctx: TransformContext): Expr {
  return ctx.fail(node, Diagnostics.taggedTemplateNotSupported());
}
