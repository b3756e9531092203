// Lowered documents: the flat element lists nixfmt's layout works on (Predoc's `DocE`), each text carrying the
// nesting level and offset that the `nest`/`offset` wrappers around it add up to.
import { type Doc, type GroupKind, type Spacing, textWidth } from "./document.js";

export interface TextElement {
  readonly type: "text";
  readonly level: number;
  readonly offset: number;
  /** Printed only where its group is expanded (nixfmt's `Trailing` text): the last comma of a pattern. */
  readonly trailing: boolean;
  readonly text: string;
  readonly width: number;
}

export interface GroupElement {
  readonly type: "group";
  readonly kind: GroupKind;
  readonly children: readonly Element[];
  readonly tag?: object | undefined;
}

/** A spacing is its number; see `Spacing`. */
export type Element = Spacing | TextElement | GroupElement;

export const isSpacing = (e: Element | undefined): e is Spacing => typeof e === "number";

export function textElement(
  text: string,
  level: number,
  offset: number,
  trailing: boolean,
  width = textWidth(text),
): TextElement {
  return { type: "text", level, offset, trailing, text, width };
}

interface Frame {
  readonly docs: readonly Doc[];
  index: number;
  readonly level: number;
  readonly offset: number;
  readonly out: Element[];
}

/**
 * Flattens a document into elements, resolving `nest` and `offset` into each text's level and offset (nixfmt applies
 * them to every text eagerly; one pass does the same here). Iterative: generated documents can nest very deeply.
 */
export function lowerDocument(doc: Doc): Element[] {
  const root: Element[] = [];
  const stack: Frame[] = [{ docs: [doc], index: 0, level: 0, offset: 0, out: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.docs.length) {
      stack.pop();
      continue;
    }
    const d = frame.docs[frame.index++]!;
    const { level, offset, out } = frame;
    if (typeof d === "string") {
      if (d !== "") out.push(textElement(d, level, offset, false));
    } else if (Array.isArray(d)) {
      stack.push({ docs: d as readonly Doc[], index: 0, level, offset, out });
    } else {
      const node = d as Exclude<Doc, string | readonly Doc[]>;
      switch (node.type) {
        case "spacing":
          out.push(node.spacing);
          break;
        case "group": {
          const children: Element[] = [];
          out.push({ type: "group", kind: node.kind, children, tag: node.tag });
          stack.push({ docs: [node.contents], index: 0, level, offset, out: children });
          break;
        }
        case "nest":
          stack.push({ docs: [node.contents], index: 0, level: level + 1, offset, out });
          break;
        case "offset":
          stack.push({ docs: [node.contents], index: 0, level, offset: offset + node.by, out });
          break;
        case "trailing":
          if (node.text !== "") out.push(textElement(node.text, level, offset, true));
          break;
      }
    }
  }
  return root;
}
