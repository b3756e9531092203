// Options arrive as a flat list with paths (`loc`); interfaces need them as a tree of namespaces. Also decides
// which output file each path's declarations live in: one file for the whole set by default, or (layout
// `per-namespace`) one per top-level namespace and, for the biggest ones, one per second-level name.
import { FileNameRegistry, fileNameFor } from "./naming.js";
import type { SchemaOption } from "./schema.js";

export interface OptionTree {
  /** The option declared at this path, if any. */
  option: SchemaOption | undefined;
  readonly children: Map<string, OptionTree>;
}

export function buildOptionTree(options: readonly SchemaOption[]): OptionTree {
  const root: OptionTree = { option: undefined, children: new Map() };
  for (const option of options) {
    let node = root;
    for (const segment of option.loc) {
      let child = node.children.get(segment);
      if (!child) {
        child = { option: undefined, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.option ??= option;
  }
  return root;
}

/** Children in a stable order (by UTF-16 code units, independent of the locale). */
export function sortedChildren(tree: OptionTree): [string, OptionTree][] {
  return [...tree.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function countOptions(tree: OptionTree): number {
  let count = tree.option ? 1 : 0;
  for (const child of tree.children.values()) count += countOptions(child);
  return count;
}

/** Every option of a schema, submodule fields included (what the fixtures' README counts). */
export function countAllOptions(options: readonly SchemaOption[]): number {
  const inType = (type: SchemaOption["type"]): number =>
    (type.options ? countAllOptions(type.options) : 0) +
    Object.values(type.nested ?? {}).reduce((sum, inner) => sum + inType(inner), 0);
  return options.reduce((sum, option) => sum + 1 + inType(option.type), 0);
}

/**
 * How a set's declarations are spread over files: `single-file` puts all of them in `index.d.ts` (what tsc checks
 * fastest: no imports between files, no per-file costs); `per-namespace` gives each top-level namespace its own file
 * (`services.d.ts`), and each second-level name of a namespace with more than `splitThreshold` options too
 * (`services/nginx.d.ts`), with type-only imports between them.
 */
export type TypingsLayout = "single-file" | "per-namespace";

/** Output files by option path: `index` for the root (and, with layout `single-file`, for everything). */
export class FileLayout {
  private readonly topLevel = new FileNameRegistry(["index"]);
  private readonly nested = new Map<string, FileNameRegistry>();
  private readonly assigned = new Map<string, string>();
  private readonly split: ReadonlySet<string>;

  constructor(
    root: OptionTree,
    private readonly layout: TypingsLayout,
    splitThreshold: number,
  ) {
    this.split = new Set(
      layout === "single-file"
        ? []
        : [...root.children.entries()]
            .filter(([, t]) => countOptions(t) > splitThreshold)
            .map(([key]) => key),
    );
  }

  fileOf(path: readonly string[]): string {
    if (path.length === 0 || this.layout === "single-file") return "index";
    const top = this.assign(path[0]!, () => this.topLevel.claim(fileNameFor(path[0]!)));
    if (path.length === 1 || !this.split.has(path[0]!)) return top;
    return this.assign(`${path[0]}\u0000${path[1]}`, () => {
      let registry = this.nested.get(top);
      if (!registry) this.nested.set(top, (registry = new FileNameRegistry(["index"])));
      return `${top}/${registry.claim(fileNameFor(path[1]!))}`;
    });
  }

  private assign(key: string, make: () => string): string {
    let file = this.assigned.get(key);
    if (file === undefined) this.assigned.set(key, (file = make()));
    return file;
  }
}
