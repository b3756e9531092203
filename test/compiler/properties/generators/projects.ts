// Whole projects of 2–6 files for the multi-file family: random import graphs with cycles back to earlier files and
// to the entry, re-exports of every kind (`export { a }` of an import, `export { a as b } from`, `export * from`,
// `export * as ns from`), default- and exports-shaped files, and file and directory names that are no Nix path
// literal. The entry's exports are the value compared, so they hold only data.
//
// JavaScript needs an order: files are numbered, the entry is file 0. At the top level, a file reads only files
// with a higher number; "core" files (the first few) may also import from lower-numbered files — cycles — but read
// such imports only inside functions, which only the entry calls, after every other file has loaded (the entry's
// own values read that way are defined before its first call). A cycle may only lead back to a file that is sure
// to be loading already: the entry, or the one file that imports this one (its "owner"); anything else would make
// JavaScript load a file in the middle of another one and read values not yet defined. "Pure" files never import
// backwards, so re-exports (which copy names when a file loads) only re-export pure files.
import fc from "fast-check";

export interface GeneratedProject {
  /** Paths relative to the project directory, with their text; `files[0]` is the entry. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
  /** Where `-o` puts the entry, relative to the output directory of the project. */
  readonly out: string;
}

const BASE_NAMES = [
  "lib",
  "my lib",
  "a@b",
  "~home",
  "x#y",
  "ümlaut é",
  "with.dots",
  "p+q",
  "-dash",
  "_u",
  "1st",
  "quote'd",
  "a${b}",
  "per%cent",
  "semi;colon",
  "eq=sign",
  "index",
  "日本",
];
const DIRECTORIES = ["", "", "sub/", "a b/", "ü/", "deep/er/", "x#y/", "lib/"];
const ENTRY_PATHS = ["main.ts", "src/main.ts", "entry point.ts", "é/main.ts"];
const OUT_PATHS = ["result.nix", "build/result.nix", "out put/é.nix", "x y/deeper/main.nix", "main.nix"];

type Kind = "num" | "str" | "fn";

interface Exported {
  readonly name: string;
  readonly kind: Kind;
}

interface FilePlan {
  readonly index: number;
  readonly path: string;
  readonly role: "entry" | "core" | "pure";
  /** Only `export default { … }` of numbers (pure files only). */
  readonly defaultShaped: boolean;
  /** What other files can import from it by name (its own exports and what it re-exports). */
  readonly exports: Exported[];
  /** For a default-shaped file: the members of its default export. */
  readonly members: string[];
  /** Its first values, decided before any file is written: files that import it through a cycle read these. */
  readonly bases: readonly Exported[];
  /** The only file that imports this (core) file, and which it may import back. */
  readonly owner: number | undefined;
}

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>["map"]>[0]>[0];

export const generatedProjects: fc.Arbitrary<GeneratedProject> = fc
  .gen()
  .map((g) => new ProjectBuilder(g).build());

class ProjectBuilder {
  private readonly plans: FilePlan[] = [];

  constructor(private readonly g: Gen) {}

  private int(min: number, max: number): number {
    return this.g(fc.integer, { min, max });
  }
  private pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  private chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }

  build(): GeneratedProject {
    const count = this.int(2, 6);
    const cores = this.int(0, count - 1);
    const paths = this.filePaths(count);
    for (let i = 0; i < count; i++) {
      const role = i === 0 ? "entry" : i <= cores ? "core" : "pure";
      const defaultShaped = role === "pure" && this.chance(20);
      const bases: Exported[] = defaultShaped
        ? []
        : Array.from({ length: this.int(1, 2) }, (_, k) => ({
            name: `v${i}b${k}`,
            kind: this.chance(70) ? "num" : "str",
          }));
      const owner = role === "core" && i >= 2 && this.chance(40) ? this.int(1, i - 1) : undefined;
      this.plans.push({
        index: i,
        path: paths[i]!,
        role,
        defaultShaped,
        exports: [...bases],
        members: [],
        bases,
        owner,
      });
    }
    // Later files first: a file's text needs what the files it reads export.
    const texts: string[] = [];
    for (let i = count - 1; i >= 0; i--) texts[i] = new FileWriter(this, this.plans, this.plans[i]!).write();
    return {
      files: this.plans.map((p, i) => ({ path: p.path, text: texts[i]! })),
      out: this.pick(OUT_PATHS),
    };
  }

  private filePaths(count: number): string[] {
    const paths = [this.pick(ENTRY_PATHS)];
    while (paths.length < count) {
      const candidate = `${this.pick(DIRECTORIES)}${this.pick(BASE_NAMES)}.ts`;
      if (!paths.some((p) => p.toLowerCase() === candidate.toLowerCase())) paths.push(candidate);
    }
    return paths;
  }

  // Exposed to the writer.
  readonly choose = {
    int: (min: number, max: number) => this.int(min, max),
    pick: <T>(items: readonly T[]) => this.pick(items),
    chance: (percent: number) => this.chance(percent),
  };
}

/** How a file refers to another file's exports: the import declarations it needs and an expression per name. */
class ImportTable {
  private readonly named = new Map<number, Map<string, string>>();
  private readonly namespaces = new Map<number, string>();
  private readonly defaults = new Map<number, string>();
  /** Local names already bound by imports, so that one name imported from two files gets two locals. */
  private readonly taken = new Set<string>();

  constructor(
    private readonly file: FilePlan,
    private readonly plans: readonly FilePlan[],
    private readonly choose: ProjectBuilder["choose"],
  ) {}

  /** The local expression for `name` exported by `target` (importing it on first use). */
  ref(target: FilePlan, name: string, byName = false): string {
    if (target.defaultShaped) {
      const local = this.defaults.get(target.index) ?? `d${target.index}`;
      this.defaults.set(target.index, local);
      return `${local}.${name}`;
    }
    const namespace = this.namespaces.get(target.index);
    if (namespace) return `${namespace}.${name}`;
    const names = this.named.get(target.index);
    const known = names?.get(name);
    if (known) return known;
    if (!names && !byName && this.choose.chance(30)) {
      const ns = `ns${target.index}`;
      this.namespaces.set(target.index, ns);
      return `${ns}.${name}`;
    }
    let local = this.choose.chance(25) ? `${name}_r${this.file.index}` : name;
    if (this.taken.has(local)) local = `${name}_t${target.index}`;
    this.taken.add(local);
    this.named.set(target.index, (names ?? new Map()).set(name, local));
    return local;
  }

  /** A local binding of an imported name (for `export { local }`), importing it by name. */
  namedLocal(target: FilePlan, name: string): string | undefined {
    if (target.defaultShaped || this.namespaces.has(target.index)) return undefined;
    return this.ref(target, name, true);
  }

  declarations(): string[] {
    const lines: string[] = [];
    for (const [index, local] of this.defaults)
      lines.push(`import ${local} from "${this.specifier(index)}";`);
    for (const [index, ns] of this.namespaces)
      lines.push(`import * as ${ns} from "${this.specifier(index)}";`);
    for (const [index, names] of this.named) {
      const parts = [...names].map(([name, local]) => (name === local ? name : `${name} as ${local}`));
      lines.push(`import { ${parts.join(", ")} } from "${this.specifier(index)}";`);
    }
    return lines;
  }

  specifier(index: number): string {
    return relativeSpecifier(this.file.path, this.plans[index]!.path, this.choose.chance(50));
  }
}

/** `./x`, `../a b/y`, or the directory itself for an `index` file. */
function relativeSpecifier(from: string, to: string, preferDirectory: boolean): string {
  const fromParts = from.split("/").slice(0, -1);
  let toParts = to.replace(/\.ts$/, "").split("/");
  if (preferDirectory && toParts.length > 1 && toParts[toParts.length - 1] === "index") {
    toParts = toParts.slice(0, -1);
  }
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common])
    common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}

class FileWriter {
  private readonly imports: ImportTable;
  private readonly lines: string[] = [];
  private readonly locals: Exported[] = [];
  private readonly choose: ProjectBuilder["choose"];

  constructor(
    builder: ProjectBuilder,
    private readonly plans: readonly FilePlan[],
    private readonly file: FilePlan,
  ) {
    this.choose = builder.choose;
    this.imports = new ImportTable(file, plans, this.choose);
  }

  write(): string {
    const prefix = `v${this.file.index}`;
    if (this.file.defaultShaped) return this.writeDefaultShaped(prefix);
    // Values other files may read through a cycle come first (the entry's must be defined before its calls).
    for (const base of this.file.bases) this.declare(base.name, base.kind, false, true);
    if (this.file.role !== "entry") {
      for (let k = 0; k < this.choose.int(0, 2); k++) this.declare(`${prefix}f${k}`, "fn", false);
    }
    this.reexports();
    for (let k = 0; k < this.choose.int(1, 3); k++) this.declare(`${prefix}x${k}`, this.pickDataKind(), true);
    // The files this one owns are imported by it alone, so it must import them (JavaScript's load order relies on it).
    for (const owned of this.plans.filter((p) => p.owner === this.file.index)) {
      const base = owned.bases[0]!;
      this.lines.push(`export const ${prefix}u${owned.index} = ${this.imports.ref(owned, base.name)};`);
      this.file.exports.push({ name: `${prefix}u${owned.index}`, kind: base.kind });
    }
    return [...this.imports.declarations(), ...this.lines, ""].join("\n");
  }

  private writeDefaultShaped(prefix: string): string {
    const members = Array.from({ length: this.choose.int(1, 3) }, (_, k) => `${prefix}m${k}`);
    this.file.members.push(...members);
    const body = members.map((m) => `${m}: ${this.num(2, false)}`).join(", ");
    return [...this.imports.declarations(), `export default { ${body} };`, ""].join("\n");
  }

  private pickDataKind(): Kind {
    return this.choose.chance(70) ? "num" : "str";
  }

  private declare(name: string, kind: Kind, late: boolean, planned = false): void {
    const exported =
      planned || (this.file.role === "entry" && kind === "fn" ? false : this.choose.chance(85) || late);
    const value =
      kind === "fn"
        ? `(x: number): number => ${this.num(2, true, "x")}`
        : kind === "num"
          ? this.num(2, late && this.file.role === "entry")
          : this.str(2, late && this.file.role === "entry");
    this.lines.push(`${exported ? "export " : ""}const ${name} = ${value};`);
    this.locals.push({ name, kind });
    if (exported && !planned) this.file.exports.push({ name, kind });
  }

  /** Re-exports of pure files (and of names imported from them), by every syntax. */
  private reexports(): void {
    const pure = this.plans.filter((p) => p.index > this.file.index && p.role === "pure" && !p.defaultShaped);
    for (const target of pure) {
      const data = target.exports.filter((e) => e.kind !== "fn" || this.file.role !== "entry");
      if (data.length === 0 || !this.choose.chance(40)) continue;
      const style = this.choose.int(0, 3);
      const specifier = this.imports.specifier(target.index);
      const onlyData = target.exports.every((e) => e.kind !== "fn");
      if (style === 0 && onlyData) {
        this.lines.push(`export * from "${specifier}";`);
        for (const e of data) this.addExport(e);
      } else if (style === 1 && onlyData && this.file.role !== "entry") {
        const ns = `all${target.index}`;
        this.lines.push(`export * as ${ns} from "${specifier}";`);
        this.file.exports.push({ name: ns, kind: "str" }); // read only as a whole namespace, never by other files
      } else if (style === 2) {
        const e = this.choose.pick(data);
        const alias = `${e.name}_via${this.file.index}`;
        this.lines.push(`export { ${e.name} as ${alias} } from "${specifier}";`);
        this.addExport({ name: alias, kind: e.kind });
      } else {
        const e = this.choose.pick(data);
        const local = this.imports.namedLocal(target, e.name);
        if (local === undefined || this.file.exports.some((x) => x.name === local)) continue;
        this.lines.push(`export { ${local} };`);
        this.addExport({ name: local, kind: e.kind });
      }
    }
  }

  private addExport(e: Exported): void {
    if (!this.file.exports.some((x) => x.name === e.name)) this.file.exports.push(e);
  }

  /** Names readable here: [expression, kind]. */
  private readable(kind: Kind, inFunction: boolean, callAll: boolean): string[] {
    // A core file's own functions may read backwards: the top level calls them no more than other files' ones.
    const callable = kind !== "fn" || inFunction || callAll || this.file.role !== "core";
    const out: string[] = callable ? this.locals.filter((l) => l.kind === kind).map((l) => l.name) : [];
    for (const target of this.plans) {
      if (target === this.file) continue;
      const forward = target.index > this.file.index;
      if (!forward && !(inFunction && this.file.role === "core")) continue;
      if (!forward && target.index !== 0 && target.index !== this.file.owner) continue;
      if (target.owner !== undefined && target.owner !== this.file.index) continue;
      if (target.defaultShaped) {
        if (kind === "num") out.push(...target.members.map((m) => this.imports.ref(target, m)));
        continue;
      }
      for (const e of target.exports) {
        if (e.kind !== kind || e.name.startsWith("all")) continue;
        // Functions called at the top level must not read backwards; only pure files' functions never do.
        if (kind === "fn" && !inFunction && !callAll && target.role !== "pure") continue;
        if (kind === "fn" && !forward) continue; // no call cycles: only forward functions
        if (!forward && !target.bases.some((b) => b.name === e.name)) continue;
        if (this.choose.chance(35)) out.push(this.imports.ref(target, e.name));
      }
    }
    return out;
  }

  private num(depth: number, callAll: boolean, param?: string): string {
    const inFunction = param !== undefined;
    const choice = depth <= 0 ? this.choose.int(0, 2) : this.choose.int(0, 6);
    if (choice === 0) return String(this.choose.int(-20, 40));
    if (choice === 1 && param) return param;
    if (choice <= 2) {
      const names = this.readable("num", inFunction, callAll);
      return names.length > 0 ? this.choose.pick(names) : String(this.choose.int(0, 9));
    }
    if (choice === 3) {
      const fns = this.readable("fn", inFunction, callAll);
      if (fns.length > 0) return `${this.choose.pick(fns)}(${this.num(depth - 1, callAll, param)})`;
    }
    if (choice === 4) return `${this.str(depth - 1, callAll, param)}.length`;
    const op = this.choose.pick(["+", "-", "*"]);
    const right = op === "*" ? String(this.choose.int(0, 3)) : this.num(depth - 1, callAll, param);
    return `(${this.num(depth - 1, callAll, param)} ${op} ${right})`;
  }

  private str(depth: number, callAll: boolean, param?: string): string {
    const choice = depth <= 0 ? this.choose.int(0, 1) : this.choose.int(0, 2);
    if (choice === 0) return JSON.stringify(this.choose.pick(["a", "host", "x-y", ""]));
    if (choice === 1) {
      const names = this.readable("str", param !== undefined, callAll);
      if (names.length > 0) return this.choose.pick(names);
      return JSON.stringify("n");
    }
    return `\`\${${this.str(depth - 1, callAll, param)}}-\${${this.num(depth - 1, callAll, param)}}\``;
  }
}
