// The raw-Nix escape hatch: nix`…` is written into the output as it stands. A `${…}` part is compiled from
// TypeScript and reaches the text as a single token: an identifier, a path literal or a whole number as written,
// anything else through a `let` binding, so the raw text never depends on how the printer lays out compiled code.
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { libraryValuePath } from "./library-values.js";

export function isRawNixTag(node: ts.TaggedTemplateExpression, ctx: TransformContext): boolean {
  const path = libraryValuePath(node.tag, ctx);
  return path?.length === 1 && path[0] === "nix";
}

export function lowerRawNix(node: ts.TaggedTemplateExpression, ctx: TransformContext): Expr {
  const template = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return nix.raw(rawText(template));
  const bindings: Binding[] = [];
  const references: string[] = [];
  let text = rawText(template.head);
  for (const span of template.templateSpans) {
    const value = ctx.lower(span.expression);
    if (value.kind === "ident") {
      text += value.name;
      references.push(value.name);
    } else if (value.kind === "path") {
      text += value.text;
    } else if (value.kind === "int") {
      text += String(value.value);
    } else {
      const name = ctx.naming.fresh("raw");
      bindings.push(nix.bind(name, value));
      references.push(name);
      text += name;
    }
    text += rawText(span.literal);
  }
  return nix.letIn(bindings, nix.raw(text, references));
}

/** The template's text as written (`\n` stays two characters: it is Nix's own escape inside a Nix string). */
function rawText(part: ts.TemplateLiteralLikeNode): string {
  return part.rawText ?? part.text;
}

export function rejectTaggedTemplate(node: ts.TaggedTemplateExpression, ctx: TransformContext): Expr {
  return ctx.fail(node, Diagnostics.taggedTemplateNotSupported());
}
