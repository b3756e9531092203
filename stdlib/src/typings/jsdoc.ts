// JSDoc comment text for generated declarations: Markdown body and tags, with `*/` escaped so that no description
// can end the comment early.
import { ts } from "../../../compiler/src/typescript.js";
import type { OptionDoc } from "./type-model.js";

/** Attaches `/** … *\/` above a node. */
export function withJsDoc<T extends ts.Node>(node: T, doc: OptionDoc | string | undefined): T {
  if (doc === undefined) return node;
  const text = typeof doc === "string" ? doc : docText(doc);
  if (text.trim() === "") return node;
  ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, commentBody(text), true);
  return node;
}

export function docText(doc: OptionDoc): string {
  const tags = doc.tags.map((tag) => {
    const text = tag.text.startsWith("\n") ? tag.text : ` ${tag.text}`;
    return `@${tag.name}${text}`.trimEnd();
  });
  return [doc.body, ...tags].filter((part) => part !== "").join("\n");
}

/** The inside of a JSDoc comment: `*` then one ` * line` per line. */
export function commentBody(text: string): string {
  const lines = escapeCommentEnd(text).split("\n");
  return `*\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n `;
}

export function escapeCommentEnd(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}
