// Generated module sets (see module-set-model.ts): 1–4 modules importing later ones (shared imports, so NixOS must
// de-duplicate), each declaring a few options and defining options it can see — its own and those of the modules it
// reaches — with mk* wrappers. Conditions read "flags" (top-level bool options), whose own definitions use literal
// conditions only and never sit under a condition that reads config, so evaluation cannot loop.
import fc from "fast-check";
import {
  type Cond,
  type ConfigNode,
  type Def,
  isOptionDecl,
  type ModuleModel,
  type ModuleSet,
  type OptionDecl,
  type OptionTree,
  type OptionType,
} from "./module-set-model.js";
import { chance, definedValue, type Gen, optionType, pick, plainValue } from "./module-set-values.js";

const GROUPS = ["g0", "g1", "g2"];

interface Declared {
  readonly path: readonly string[];
  readonly decl: OptionDecl;
  readonly module: number;
  readonly flag: boolean;
}

export const generatedModuleSets: fc.Arbitrary<ModuleSet> = fc.gen().map((g) => moduleSet(g));

function moduleSet(g: Gen): ModuleSet {
  const count = g(fc.integer, { min: 1, max: 4 });
  const imports = importGraph(g, count);
  const counter = { next: 0 };
  const declared: Declared[] = [];
  const trees = Array.from({ length: count }, (_, m) => {
    const tree = topTree(g, counter);
    collect(tree, [], m, declared);
    return tree;
  });
  const reach = reachable(imports);
  const modules: ModuleModel[] = trees.map((options, m) => {
    const visible = declared.filter((d) => reach[m]!.has(d.module));
    return { imports: imports[m]!, options, config: moduleConfig(g, visible, m) };
  });
  return { modules };
}

/** Module i imports only modules after it; every module is reached from module 0. */
function importGraph(g: Gen, count: number): number[][] {
  const imports: number[][] = Array.from({ length: count }, () => []);
  for (let m = 1; m < count; m++) imports[g(fc.integer, { min: 0, max: m - 1 })]!.push(m);
  for (let m = 0; m < count; m++) {
    for (let n = m + 1; n < count; n++) if (!imports[m]!.includes(n) && chance(g, 30)) imports[m]!.push(n);
  }
  return imports.map((list) => (chance(g, 50) ? list : [...list].reverse()));
}

function reachable(imports: readonly (readonly number[])[]): Set<number>[] {
  const result = imports.map(() => new Set<number>());
  for (let m = imports.length - 1; m >= 0; m--) {
    result[m]!.add(m);
    for (const n of imports[m]!) for (const k of result[n]!) result[m]!.add(k);
  }
  return result;
}

/** A module's options: a few options at the top and in shared groups. */
function topTree(g: Gen, counter: { next: number }): OptionTree {
  const entries: [string, OptionDecl | OptionTree][] = [];
  const n = g(fc.integer, { min: 0, max: 3 });
  for (let i = 0; i < n; i++) {
    const decl = option(g, 2, counter, 60);
    const name = `o${counter.next++}`;
    if (chance(g, 50)) entries.push([name, decl]);
    else {
      const group = pick(g, GROUPS);
      const existing = entries.find(([k]) => k === group);
      if (existing && !isOptionDecl(existing[1])) {
        existing[1] = { entries: [...existing[1].entries, [name, decl]] };
      } else if (!existing) entries.push([group, { entries: [[name, decl]] }]);
    }
  }
  return { entries };
}

/** An option; `defaultPercent`: how often it has a default (an option without one must be defined somewhere). */
function option(g: Gen, depth: number, counter: { next: number }, defaultPercent: number): OptionDecl {
  const makeTree = (g: Gen, d: number): OptionTree => submoduleTree(g, d, counter);
  const type = optionType(g, depth, makeTree);
  const hasDefault = chance(g, defaultPercent);
  return {
    kind: "option",
    type,
    ...(hasDefault ? { default: plainValue(g, type) } : {}),
    ...(chance(g, 15) && applyFor(type) ? { apply: applyFor(type)! } : {}),
    ...(hasDefault && chance(g, 8) ? { readOnly: true } : {}),
    ...(chance(g, 20) ? { description: pick(g, ["The *thing*.", "Whether to do `it`.", "A\nB"]) } : {}),
  };
}

function submoduleTree(g: Gen, depth: number, counter: { next: number }): OptionTree {
  const n = g(fc.integer, { min: 1, max: 3 });
  const entries: [string, OptionDecl | OptionTree][] = [];
  for (let i = 0; i < n; i++) {
    const name = `s${counter.next++}`;
    if (depth > 0 && chance(g, 15))
      entries.push([name, { entries: [[`s${counter.next++}`, option(g, 0, counter, 90)]] }]);
    else entries.push([name, option(g, depth, counter, 85)]);
  }
  return { entries };
}

function applyFor(type: OptionType): OptionDecl["apply"] {
  switch (type.t) {
    case "int":
      return "double";
    case "str":
      return "exclaim";
    case "listOf":
      return "length";
    case "bool":
      return "negate";
    default:
      return undefined;
  }
}

function collect(tree: OptionTree, at: readonly string[], module: number, into: Declared[]): void {
  for (const [name, entry] of tree.entries) {
    const path = [...at, name];
    if (!isOptionDecl(entry)) collect(entry, path, module, into);
    else into.push({ path, decl: entry, module, flag: at.length === 0 && entry.type.t === "bool" });
  }
}

/**
 * The module's config: some of the visible options defined, as groups, maybe wrapped; the module's own options
 * without a default always (plainly: no other module may define them).
 */
function moduleConfig(g: Gen, visible: readonly Declared[], module: number): ConfigNode | undefined {
  const required = (d: Declared) => d.module === module && d.decl.default === undefined;
  const definable = visible.filter((d) => !d.decl.readOnly && (required(d) || chance(g, 40)));
  if (definable.length === 0) return chance(g, 20) ? { c: "group", entries: [] } : undefined;
  const flags = visible.filter((d) => d.flag).map((d) => d.path);
  const leaves = definable.map((d) => ({
    path: d.path,
    flag: d.flag,
    def: required(d) ? plainDefinition(g, d.decl.type) : definition(g, d.decl.type, d.flag ? [] : flags, 2),
  }));
  return wrapGroups(g, groupOf(leaves, 0), flags);
}

interface Leaf {
  readonly path: readonly string[];
  readonly flag: boolean;
  readonly def: Def;
}

function groupOf(leaves: readonly Leaf[], depth: number): ConfigNode {
  const names = [...new Set(leaves.map((l) => l.path[depth]!))];
  return {
    c: "group",
    entries: names.map((name) => {
      const mine = leaves.filter((l) => l.path[depth] === name);
      const leaf = mine.find((l) => l.path.length === depth + 1);
      return [name, leaf ? { c: "leaf", def: leaf.def, flag: leaf.flag } : groupOf(mine, depth + 1)] as const;
    }),
  };
}

/** mk* around groups: mkIf (reading config only where no flag is inside), mkOverride, mkMerge of parts. */
function wrapGroups(g: Gen, node: ConfigNode, flags: readonly (readonly string[])[]): ConfigNode {
  if (node.c !== "group") return node;
  const entries = node.entries.map(([k, child]) => [k, wrapGroups(g, child, flags)] as const);
  const group: ConfigNode = { c: "group", entries };
  const roll = g(fc.integer, { min: 0, max: 99 });
  if (roll < 12) return { c: "if", cond: condition(g, holdsFlag(group) ? [] : flags), node: group };
  if (roll < 20) return { c: "override", how: override(g), node: group };
  if (roll < 28 && entries.length > 1) {
    const cut = g(fc.integer, { min: 1, max: entries.length - 1 });
    return {
      c: "merge",
      nodes: [
        { c: "group", entries: entries.slice(0, cut) },
        { c: "group", entries: entries.slice(cut) },
      ],
    };
  }
  return group;
}

function holdsFlag(node: ConfigNode): boolean {
  switch (node.c) {
    case "leaf":
      return node.flag;
    case "group":
      return node.entries.some(([, child]) => holdsFlag(child));
    case "if":
    case "override":
      return holdsFlag(node.node);
    case "merge":
      return node.nodes.some(holdsFlag);
  }
}

/** A definition of an option of `type`: a value, wrapped in mk* now and then (not mkOrder around groups). */
function definition(g: Gen, type: OptionType, flags: readonly (readonly string[])[], depth: number): Def {
  const member = (t: OptionType): Def => definition(g, t, flags, depth - 1);
  const value: Def = { d: "value", value: definedValue(g, type, 2, member) };
  return wrap(g, value, type, flags, depth, member);
}

function plainDefinition(g: Gen, type: OptionType): Def {
  const member = (t: OptionType): Def => plainDefinition(g, t);
  return { d: "value", value: definedValue(g, type, 2, member) };
}

function wrap(
  g: Gen,
  value: Def,
  type: OptionType,
  flags: readonly (readonly string[])[],
  depth: number,
  member: (t: OptionType) => Def,
): Def {
  if (depth <= 0) return value;
  const roll = g(fc.integer, { min: 0, max: 99 });
  // mkOrder around a submodule's value fails in lib (and tsnix refuses it, TSNIX1620); groups are no options.
  const unorderable = holdsSubmodule(type);
  if (roll < 10) return { d: "if", cond: condition(g, flags), content: value };
  if (roll < 20) return { d: "override", how: override(g), content: value };
  if (roll < 28 && !unorderable)
    return { d: "order", how: pick(g, ["mkBefore", "mkAfter", 700, 1200] as const), content: value };
  if (roll < 34) {
    const other: Def = { d: "value", value: definedValue(g, type, 1, member) };
    return {
      d: "merge",
      contents: [
        wrap(g, value, type, flags, depth - 1, member),
        wrap(g, other, type, flags, depth - 1, member),
      ],
    };
  }
  return value;
}

function holdsSubmodule(type: OptionType): boolean {
  switch (type.t) {
    case "submodule":
      return true;
    case "nullOr":
    case "uniq":
      return holdsSubmodule(type.elem);
    case "either":
      return holdsSubmodule(type.left) || holdsSubmodule(type.right);
    case "oneOf":
      return type.alternatives.some(holdsSubmodule);
    default:
      return false;
  }
}

function override(g: Gen): "mkDefault" | "mkForce" | "mkOptionDefault" | number {
  return pick(g, ["mkDefault", "mkForce", "mkOptionDefault", 900, 1100] as const);
}

function condition(g: Gen, flags: readonly (readonly string[])[]): Cond {
  if (flags.length === 0 || chance(g, 40)) return { c: "literal", value: chance(g, 60) };
  return { c: "flag", path: pick(g, flags), negate: chance(g, 30) };
}
