// Priority groups (Predoc.hs `priorityGroups`): when a group does not fit, nixfmt first tries to expand one of its
// priority children alone — the last first — keeping what comes before and after it on one line each.
import { GroupKind, Spacing } from "./document.js";
import { type Element, isSpacing } from "./elements.js";

export interface PriorityAttempt {
  /** Must fit on the line before the expanded group. */
  readonly pre: readonly Element[];
  /** The priority group's contents, laid out expanded. */
  readonly prio: readonly Element[];
  /** Must fit on the line after it. */
  readonly post: readonly Element[];
}

interface Segment {
  readonly priority: boolean;
  readonly items: Element[];
}

/**
 * The ways to expand one priority group of `children`, in the order nixfmt tries them (last group first).
 * Transparent groups are looked through: their priority children count as this group's.
 */
export function priorityAttempts(children: readonly Element[]): PriorityAttempt[] {
  const segments: Segment[] = [];
  const stack: { items: readonly Element[]; index: number }[] = [{ items: children, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.items.length) {
      stack.pop();
      continue;
    }
    const x = top.items[top.index++]!;
    if (!isSpacing(x) && x.type === "group" && x.kind === GroupKind.Priority) {
      segments.push({ priority: true, items: [...x.children] });
    } else if (!isSpacing(x) && x.type === "group" && x.kind === GroupKind.Transparent) {
      stack.push({ items: x.children, index: 0 });
    } else {
      const last = segments[segments.length - 1];
      if (last !== undefined && !last.priority) last.items.push(x);
      else segments.push({ priority: false, items: [x] });
    }
  }
  const attempts: PriorityAttempt[] = [];
  segments.forEach((segment, k) => {
    if (!segment.priority) return;
    attempts.push({
      pre: segments.slice(0, k).flatMap((s) => s.items),
      prio: segment.items,
      post: segments.slice(k + 1).flatMap((s) => s.items),
    });
  });
  return attempts.reverse();
}

/** nixfmt's `unexpandSpacing`: the top level of `items` as it reads on one line (groups inside left as they are). */
export function unexpandSpacing(items: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const x of items) {
    if (x === Spacing.Space || x === Spacing.SoftSpace) out.push(Spacing.HardSpace);
    else if (x !== Spacing.Break && x !== Spacing.SoftBreak) out.push(x);
  }
  return out;
}
