// Template literals → Nix strings with `${…}` interpolation; every substitution is converted like JS String(x).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr, StrPart } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { toJsString } from "../library/to-js-string.js";
import { isRawNixTag, lowerRawNix, rejectTaggedTemplate } from "../modules/raw-nix.js";
import { checkedText } from "./literals.js";

export function lowerTemplateExpression(node: ts.TemplateExpression, ctx: TransformContext): Expr {
  const parts: StrPart[] = [checkedText(node.head.text, node.head, ctx)];
  for (const span of node.templateSpans) {
    parts.push(toJsString(span.expression, ctx), checkedText(span.literal.text, span.literal, ctx));
  }
  return nix.str(...parts);
}

export const templateVisitors: VisitorTable = {
  [ts.SyntaxKind.TemplateExpression]: lowerTemplateExpression,
  [ts.SyntaxKind.TaggedTemplateExpression]: (node: ts.TaggedTemplateExpression, ctx: TransformContext) =>
    isRawNixTag(node, ctx) ? lowerRawNix(node, ctx) : rejectTaggedTemplate(node, ctx),
};
