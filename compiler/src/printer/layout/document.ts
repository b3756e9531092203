// The document IR the Nix printer builds: nixfmt's own (src/Nixfmt/Predoc.hs), so that the layout is nixfmt's.
//
// Why not prettier's documents: nixfmt's fitting rules differ from Wadler/prettier's in ways a document cannot work
// around — the width counts only what follows the indentation, several nestings opened on one line indent the next
// line once, "priority" groups are expanded one at a time before their parent, and a softline is decided on its own.
// Building nixfmt's document and laying it out with nixfmt's algorithm (render.ts) is what makes every file we write
// a nixfmt fixed point by construction.

/** Whitespace, ordered as nixfmt merges it: two adjacent spacings become the larger one (see `mergeSpacings`). */
export const Spacing = {
  /** `softline'`: nothing, or a line break when what follows does not fit (decided on its own). */
  SoftBreak: 0,
  /** `line'`: nothing, or a line break when the enclosing group breaks. */
  Break: 1,
  /** always one space */
  HardSpace: 2,
  /** `softline`: a space, or a line break when what follows does not fit (decided on its own). */
  SoftSpace: 3,
  /** `line`: a space, or a line break when the enclosing group breaks. */
  Space: 4,
  /** always a line break */
  HardLine: 5,
} as const;
export type Spacing = (typeof Spacing)[keyof typeof Spacing];

/**
 * `Regular` groups break as a whole. A `Priority` group is expanded first when its parent does not fit (arguments, a
 * hugged last argument); `Transparent` groups lend their priority children to their parent.
 */
export const GroupKind = { Regular: 0, Priority: 1, Transparent: 2 } as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];

export type Doc = string | readonly Doc[] | SpacingDoc | GroupDoc | NestDoc | OffsetDoc | TrailingDoc;

export interface SpacingDoc {
  readonly type: "spacing";
  readonly spacing: Spacing;
}
export interface GroupDoc {
  readonly type: "group";
  readonly kind: GroupKind;
  readonly contents: Doc;
  /** Identifies the group to the layout, which reports the tagged groups it had to expand. */
  readonly tag?: object | undefined;
}
/** One nesting level deeper; see render.ts for how levels become indentation. */
export interface NestDoc {
  readonly type: "nest";
  readonly contents: Doc;
}
/** Extra columns of indentation for lines starting inside (interpolations after leading spaces in a string). */
export interface OffsetDoc {
  readonly type: "offset";
  readonly by: number;
  readonly contents: Doc;
}
/** Text printed only when its group is expanded (the trailing comma of a pattern). */
export interface TrailingDoc {
  readonly type: "trailing";
  readonly text: string;
}

const spacing = (s: Spacing): SpacingDoc => ({ type: "spacing", spacing: s });
export const softBreak = spacing(Spacing.SoftBreak);
export const lineBreak = spacing(Spacing.Break);
export const hardspace = spacing(Spacing.HardSpace);
export const softline = spacing(Spacing.SoftSpace);
export const line = spacing(Spacing.Space);
export const hardline = spacing(Spacing.HardLine);

/** nixfmt's `group` and `group'`. */
export const group = (contents: Doc, kind: GroupKind = GroupKind.Regular, tag?: object): GroupDoc => ({
  type: "group",
  kind,
  contents,
  tag,
});
export const nest = (contents: Doc): NestDoc => ({ type: "nest", contents });
export const offset = (by: number, contents: Doc): OffsetDoc => ({ type: "offset", by, contents });
export const trailing = (text: string): TrailingDoc => ({ type: "trailing", text });

/** nixfmt's `sepBy`. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = [];
  docs.forEach((d, i) => {
    if (i > 0) out.push(separator);
    out.push(d);
  });
  return out;
}

/** nixfmt's `surroundWith`. */
export const surround = (outside: Doc, inner: Doc): Doc => [outside, inner, outside];

const SURROGATE = /[\uD800-\uDFFF]/;

/** nixfmt's `textWidth`: the number of code points (Haskell's `Text.length`), not display columns. */
export function textWidth(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let width = 0;
  for (const _ of text) width++;
  return width;
}
