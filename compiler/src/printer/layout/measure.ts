// Measuring, as nixfmt's layout does (Predoc.hs `fits`, `firstLineWidth`, `firstLineFits`, `nextIndent`): over the
// elements that follow a point of the document, read as one flat list in which groups open up when reached.
import { Spacing } from "./document.js";
import { type Element, isSpacing } from "./elements.js";
import { mergeSpacings } from "./fixup.js";

/**
 * What follows a point of the document: `items[index…]`, then `next`. Never points past the end of `items`, so the
 * head is always at hand, however many groups end at the same place.
 */
export type Rest = RestNode | null;
interface RestNode {
  readonly items: readonly Element[];
  readonly index: number;
  readonly next: Rest;
}

export function restOf(items: readonly Element[], index: number, next: Rest): Rest {
  return index < items.length ? { items, index, next } : next;
}

const tail = (r: RestNode): Rest => restOf(r.items, r.index + 1, r.next);

/** A spacing at the head, merged with the spacings right after it (nixfmt merges them as it reads). */
function takeSpacing(first: Spacing, r: Rest): { spacing: Spacing; rest: Rest } {
  let spacing = first;
  let rest = r;
  while (rest !== null && isSpacing(rest.items[rest.index])) {
    spacing = mergeSpacings(spacing, rest.items[rest.index] as Spacing);
    rest = tail(rest);
  }
  return { spacing, rest };
}

export interface Fitted {
  readonly text: string;
  readonly width: number;
}

/** `items` on one line in at most `width` columns, or null when they do not fit or hold a hard line break. */
export function fits(width: number, items: readonly Element[]): Fitted | null {
  let c = width;
  let text = "";
  let r = restOf(items, 0, null);
  while (r !== null) {
    if (c < 0) return null;
    const x = r.items[r.index]!;
    r = tail(r);
    if (isSpacing(x)) {
      const taken = takeSpacing(x, r);
      r = taken.rest;
      if (taken.spacing === Spacing.HardLine) return null;
      if (taken.spacing >= Spacing.HardSpace) {
        text += " ";
        c -= 1;
      }
    } else if (x.type === "text") {
      if (!x.trailing) {
        text += x.text;
        c -= x.width;
      }
    } else {
      r = restOf(x.children, 0, r);
    }
  }
  return c < 0 ? null : { text, width: width - c };
}

/** The width up to the first place where `r` could break, every group taken as expanded. */
export function firstLineWidth(r: Rest): number {
  let width = 0;
  while (r !== null) {
    const x = r.items[r.index]!;
    r = tail(r);
    if (isSpacing(x)) {
      const taken = takeSpacing(x, r);
      if (taken.spacing !== Spacing.HardSpace) return width;
      width += 1;
      r = taken.rest;
    } else if (x.type === "text") {
      width += x.width;
    } else {
      r = restOf(x.children, 0, r);
    }
  }
  return width;
}

/**
 * Whether the first line of `r` takes at most `target` columns, groups kept on one line where they fit; `max` is the
 * line width. This decides a softline.
 */
export function firstLineFits(target: number, max: number, r: Rest): boolean {
  let c = max;
  for (;;) {
    if (c < 0) return false;
    if (r === null) return max - c <= target;
    const x = r.items[r.index]!;
    r = tail(r);
    if (isSpacing(x)) {
      const taken = takeSpacing(x, r);
      if (taken.spacing !== Spacing.HardSpace) return max - c <= target;
      c -= 1;
      r = taken.rest;
    } else if (x.type === "text") {
      if (!x.trailing) c -= x.width;
    } else {
      const flat = fits(c - firstLineWidth(r), x.children);
      if (flat === null) r = restOf(x.children, 0, r);
      else c -= flat.width;
    }
  }
}

/** The nesting level and offset of the first text in `items`. */
export function nextIndent(items: readonly Element[]): { level: number; offset: number } {
  let r = restOf(items, 0, null);
  while (r !== null) {
    const x = r.items[r.index]!;
    r = tail(r);
    if (isSpacing(x)) continue;
    if (x.type === "text") return { level: x.level, offset: x.offset };
    r = restOf(x.children, 0, r);
  }
  return { level: 0, offset: 0 };
}
