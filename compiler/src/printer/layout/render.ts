// nixfmt's layout algorithm (Predoc.hs `layoutGreedy`), without recursion: groups go on one line when they fit,
// else a priority child is expanded alone, else the group opens up and its children are tried in turn.
//
// Two rules differ from prettier's printer and shape every nixfmt file: widths count only the text after a line's
// indentation, and indentation follows nesting *levels* per line — a line is indented one step past the line that
// opened the levels it is in, however many levels were opened there (`a = f x {` indents its body once).
import { GroupKind, Spacing } from "./document.js";
import { type Element, isSpacing } from "./elements.js";
import { firstLineFits, firstLineWidth, fits, nextIndent, type Rest, restOf } from "./measure.js";
import { type PriorityAttempt, priorityAttempts, unexpandSpacing } from "./priority.js";

const INDENT_WIDTH = 2;

/** nixfmt's indentation stack: a nesting level and the indentation it got where it was entered. */
interface Indents {
  readonly indentation: number;
  readonly level: number;
  readonly below: Indents | null;
}

interface Snapshot {
  readonly outLength: number;
  readonly expandedTagsLength: number;
  readonly column: number;
  readonly indents: Indents;
}

/** The pending work, innermost last. `after` is what follows the work, the lookahead of fitting decisions. */
type Task =
  | { readonly kind: "lay out"; readonly items: readonly Element[]; index: number; readonly after: Rest }
  | {
      readonly kind: "try priority";
      readonly children: readonly Element[];
      readonly attempts: readonly PriorityAttempt[];
      next: number;
      readonly after: Rest;
    }
  | {
      readonly kind: "check post";
      readonly attempt: PriorityAttempt;
      readonly saved: Snapshot;
      readonly after: Rest;
    };

export interface Laid {
  /** Ends with exactly one newline, as nixfmt's output does. */
  readonly text: string;
  /** The tags of the tagged groups that did not fit on one line. */
  readonly expandedTags: ReadonlySet<object>;
}

/** Lays out fixed-up elements at `width` columns. */
export function layOut(elements: readonly Element[], width: number): Laid {
  const layout = new Layout(width);
  layout.run(elements);
  return { text: `${stripWhitespace(layout.out.join(""))}\n`, expandedTags: new Set(layout.expandedTags) };
}

/** Haskell's `Text.strip` for the whitespace a layout can produce (a regular expression would be quadratic). */
function stripWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "\n")) start++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\n")) end--;
  return text.slice(start, end);
}

class Layout {
  readonly out: string[] = [];
  readonly expandedTags: object[] = [];
  /** The column after the line's indentation: nixfmt measures widths from there. */
  private column = 0;
  private indents: Indents = { indentation: 0, level: 0, below: null };
  private readonly tasks: Task[] = [];

  constructor(private readonly width: number) {}

  run(elements: readonly Element[]): void {
    const root: Element = { type: "group", kind: GroupKind.Regular, children: elements };
    this.tasks.push({ kind: "lay out", items: [root], index: 0, after: null });
    while (this.tasks.length > 0) this.step(this.tasks[this.tasks.length - 1]!);
  }

  private step(task: Task): void {
    switch (task.kind) {
      case "lay out": {
        const x = task.items[task.index++]!;
        if (task.index >= task.items.length) this.tasks.pop();
        this.element(x, restOf(task.items, task.index, task.after));
        return;
      }
      case "try priority": {
        const attempt = task.attempts[task.next];
        if (attempt === undefined) {
          this.tasks.pop();
          this.expand(task.children, task.after);
          return;
        }
        const saved = this.snapshot();
        const prioAndAfter = restOf(attempt.prio, 0, restOf(attempt.post, 0, task.after));
        if (!this.fitGroup(attempt.pre, prioAndAfter)) {
          task.next++;
          return;
        }
        this.tasks.push({ kind: "check post", attempt, saved, after: task.after });
        // While the priority group is laid out, what follows it is known to stay on one line.
        this.expand(attempt.prio, restOf(unexpandSpacing(attempt.post), 0, task.after));
        return;
      }
      case "check post": {
        this.tasks.pop();
        const tryTask = this.tasks[this.tasks.length - 1] as Extract<Task, { kind: "try priority" }>;
        if (this.fitGroup(task.attempt.post, task.after)) {
          this.tasks.pop();
        } else {
          this.restore(task.saved);
          tryTask.next++;
        }
        return;
      }
    }
  }

  private element(x: Element, after: Rest): void {
    if (isSpacing(x)) this.spacing(x, after);
    else if (x.type === "text") this.text(x.level, x.offset, x.text, x.width);
    else if (this.fitGroup(x.children, after)) return;
    else {
      if (x.tag !== undefined) this.expandedTags.push(x.tag);
      if (x.kind === GroupKind.Transparent || !this.tryPriority(x.children, after))
        this.expand(x.children, after);
    }
  }

  private tryPriority(children: readonly Element[], after: Rest): boolean {
    const attempts = priorityAttempts(children);
    if (attempts.length === 0) return false;
    this.tasks.push({ kind: "try priority", children, attempts, next: 0, after });
    return true;
  }

  private expand(items: readonly Element[], after: Rest): void {
    if (items.length > 0) this.tasks.push({ kind: "lay out", items, index: 0, after });
  }

  private spacing(s: Spacing, after: Rest): void {
    // At the start of a line, whitespace has nothing left to do.
    if (this.column === 0) return;
    switch (s) {
      case Spacing.HardSpace:
        this.out.push(" ");
        this.column += 1;
        return;
      case Spacing.SoftBreak:
        if (!firstLineFits(this.width - this.column, this.width, after)) this.newline();
        return;
      case Spacing.SoftSpace:
        if (firstLineFits(this.width - this.column - 1, this.width, after)) {
          this.out.push(" ");
          this.column += 1;
        } else {
          this.newline();
        }
        return;
      default:
        this.newline();
    }
  }

  /** nixfmt's `goGroup`: the whole group on the current line, or false (and nothing printed). */
  private fitGroup(items: readonly Element[], after: Rest): boolean {
    if (items.length === 0) return true;
    if (this.column !== 0) {
      const flat = fits(this.width - this.column - firstLineWidth(after), items);
      if (flat === null) return false;
      this.out.push(flat.text);
      this.column += flat.width;
      return true;
    }
    const grp = withoutLeadingSpacing(items);
    const flat = fits(this.width - firstLineWidth(after), grp);
    if (flat === null) return false;
    const { level, offset } = nextIndent(grp);
    this.text(level, offset, flat.text, flat.width);
    return true;
  }

  /** nixfmt's `putText`: a text, indented when it starts a line, entering or leaving nesting levels. */
  private text(level: number, offset: number, text: string, width: number): void {
    for (;;) {
      const top = this.indents;
      if (level > top.level) {
        const indentation = this.column === 0 ? top.indentation + INDENT_WIDTH : top.indentation;
        this.indents = { indentation, level, below: top };
        break;
      }
      if (level === top.level) break;
      this.indents = top.below!;
    }
    if (this.column === 0) this.out.push(" ".repeat(this.indents.indentation + offset));
    this.out.push(text);
    this.column += width;
  }

  private newline(): void {
    this.out.push("\n");
    this.column = 0;
  }

  private snapshot(): Snapshot {
    return {
      outLength: this.out.length,
      expandedTagsLength: this.expandedTags.length,
      column: this.column,
      indents: this.indents,
    };
  }

  private restore(s: Snapshot): void {
    this.out.length = s.outLength;
    this.expandedTags.length = s.expandedTagsLength;
    this.column = s.column;
    this.indents = s.indents;
  }
}

/** At the start of a line, a group's leading whitespace is dropped (also that of its first child group). */
function withoutLeadingSpacing(items: readonly Element[]): readonly Element[] {
  const first = items[0]!;
  if (isSpacing(first)) return items.slice(1);
  if (first.type === "group" && isSpacing(first.children[0])) {
    return [{ ...first, children: first.children.slice(1) }, ...items.slice(1)];
  }
  return items;
}
