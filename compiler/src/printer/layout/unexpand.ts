// nixfmt's `unexpandSpacing'` (Predoc.hs): a document forced onto one line — groups dissolved, lines made spaces —
// or null when it holds a hard line break or would take more than `limit` columns.
import { type Doc, Spacing, hardspace, nest, offset, textWidth } from "./document.js";

export function unexpandDocument(doc: Doc, limit = Number.POSITIVE_INFINITY): Doc | null {
  const budget = { left: limit };
  const result = unexpand(doc, budget);
  return result === null || budget.left < 0 ? null : result;
}

function unexpand(doc: Doc, budget: { left: number }): Doc | null {
  if (budget.left < 0) return null;
  if (typeof doc === "string") {
    budget.left -= textWidth(doc);
    return doc;
  }
  if (Array.isArray(doc)) {
    const out: Doc[] = [];
    for (const d of doc as readonly Doc[]) {
      const u = unexpand(d, budget);
      if (u === null) return null;
      out.push(u);
    }
    return out;
  }
  const node = doc as Exclude<Doc, string | readonly Doc[]>;
  switch (node.type) {
    case "spacing":
      switch (node.spacing) {
        case Spacing.Break:
        case Spacing.SoftBreak:
          return [];
        case Spacing.HardLine:
          return null;
        default:
          budget.left -= 1;
          return hardspace;
      }
    case "group":
      return unexpand(node.contents, budget);
    case "nest": {
      const inner = unexpand(node.contents, budget);
      return inner === null ? null : nest(inner);
    }
    case "offset": {
      const inner = unexpand(node.contents, budget);
      return inner === null ? null : offset(node.by, inner);
    }
    case "trailing":
      budget.left -= textWidth(node.text);
      return node;
  }
}
