// nixfmt's `fixup` (Predoc.hs): merges adjacent spacings and texts, moves hard spacing out of the start and end of
// groups (so that it does not make them break), and dissolves groups left empty. The layout depends on all of it.
import { Spacing } from "./document.js";
import { type Element, type GroupElement, isSpacing, textElement } from "./elements.js";

/** Two adjacent spacings become one: the larger, except that a break next to a space becomes a `line`. */
export function mergeSpacings(a: Spacing, b: Spacing): Spacing {
  const [x, y] = a > b ? [b, a] : [a, b];
  if (x === Spacing.Break && (y === Spacing.SoftSpace || y === Spacing.HardSpace)) return Spacing.Space;
  if (x === Spacing.SoftBreak && y === Spacing.HardSpace) return Spacing.SoftSpace;
  return y;
}

const isHardSpacing = (e: Element | undefined): boolean => e === Spacing.HardSpace || e === Spacing.HardLine;
const isGroup = (e: Element | undefined): e is GroupElement =>
  e !== undefined && !isSpacing(e) && e.type === "group";

/** Group contents after fixup, for the groups of the input and those fixup creates. */
type Fixed = Map<GroupElement, readonly Element[]>;

/** Fixes up a lowered document. Groups are fixed bottom-up, without recursion, as documents can be very deep. */
export function fixup(elements: readonly Element[]): Element[] {
  const fixed: Fixed = new Map();
  const preorder: GroupElement[] = [];
  const stack = elements.filter(isGroup);
  while (stack.length > 0) {
    const g = stack.pop()!;
    preorder.push(g);
    for (const child of g.children) if (isGroup(child)) stack.push(child);
  }
  for (let i = preorder.length - 1; i >= 0; i--) {
    const g = preorder[i]!;
    fixed.set(g, fixupList(g.children, fixed));
  }
  return fixupList(elements, fixed);
}

/** The rules of nixfmt's `fixup`, applied to the head of a work list; groups inside are already fixed. */
function fixupList(items: readonly Element[], fixed: Fixed): Element[] {
  const work: Element[] = [];
  const pushFront = (xs: readonly Element[]): void => {
    for (let i = xs.length - 1; i >= 0; i--) work.push(xs[i]!);
  };
  pushFront(items);
  const out: Element[] = [];
  while (work.length > 0) {
    const x = work.pop()!;
    const next = work[work.length - 1];
    if (isSpacing(x)) {
      if (isSpacing(next)) {
        work.pop();
        work.push(mergeSpacings(x, next));
      } else if (isGroup(next)) {
        work.pop();
        // A hard space moves into the group, where it may merge with a leading line.
        if (x === Spacing.HardSpace) work.push(withLeadingHardspace(next, fixed));
        else emitGroup(next, [x], out, pushFront, fixed);
      } else {
        out.push(x);
      }
    } else if (x.type === "text") {
      if (next !== undefined && !isSpacing(next) && next.type === "text" && next.trailing === x.trailing) {
        work.pop();
        work.push(textElement(x.text + next.text, x.level, x.offset, x.trailing, x.width + next.width));
      } else {
        out.push(x);
      }
    } else {
      emitGroup(x, [], out, pushFront, fixed);
    }
  }
  return out;
}

/**
 * A group, preceded by `before` (a spacing or nothing): its leading and trailing hard spacings move out, a group
 * holding only one group of its own kind is merged with it, and an empty group disappears.
 */
function emitGroup(
  g: GroupElement,
  before: readonly Element[],
  out: Element[],
  pushFront: (xs: readonly Element[]) => void,
  fixed: Fixed,
): void {
  const contents = fixed.get(g)!;
  let start = 0;
  while (start < contents.length && isHardSpacing(contents[start])) start++;
  let end = contents.length;
  while (end > start && isHardSpacing(contents[end - 1])) end--;
  const pre = [...before, ...contents.slice(0, start)];
  const post = contents.slice(end);
  if (start === end) {
    pushFront([...pre, ...post]);
    return;
  }
  let body = contents.slice(start, end);
  let tag = g.tag;
  const only = body.length === 1 ? body[0] : undefined;
  if (isGroup(only) && only.kind === g.kind) {
    // The outer group now breaks exactly when the inner one would have.
    body = [...fixed.get(only)!];
    tag ??= only.tag;
  }
  out.push(...fixupList(pre, fixed));
  const result: GroupElement = { type: "group", kind: g.kind, children: body, tag };
  fixed.set(result, body);
  out.push(result);
  pushFront(post);
}

function withLeadingHardspace(g: GroupElement, fixed: Fixed): GroupElement {
  const result: GroupElement = { type: "group", kind: g.kind, children: [], tag: g.tag };
  fixed.set(result, fixupList([Spacing.HardSpace, ...fixed.get(g)!], fixed));
  return result;
}
