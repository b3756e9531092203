// The structure of a generated module set, rendered twice (module-set-ts.ts, module-set-nix.ts): modules that
// import each other, each declaring options (types of lib.types, defaults, apply, readOnly) and defining options it
// can see, with definitions wrapped in mk* at options, inside values (attrsOf, submodules) and around groups.

export type Scalar = string | number | boolean | null;

export type IntRange = "unsigned" | "positive" | "u8" | "u16" | "u32" | "s8" | "s16" | "s32";

export type OptionType =
  | { readonly t: "bool" | "int" | "str" | "port" | "float" | "lines" | "commas" | "anything" | "attrs" }
  | { readonly t: "nonEmptyStr" | "singleLineStr" }
  | { readonly t: "separatedString"; readonly separator: string }
  | { readonly t: "strMatching"; readonly pattern: string }
  | { readonly t: "ints"; readonly range: IntRange }
  | { readonly t: "between"; readonly lowest: number; readonly highest: number }
  | { readonly t: "enum"; readonly values: readonly Scalar[] }
  | { readonly t: "nullOr" | "listOf" | "attrsOf" | "lazyAttrsOf" | "uniq"; readonly elem: OptionType }
  | { readonly t: "either"; readonly left: OptionType; readonly right: OptionType }
  | { readonly t: "oneOf"; readonly alternatives: readonly OptionType[] }
  | { readonly t: "submodule"; readonly options: OptionTree; readonly form: SubmoduleForm };

/**
 * plain `{ options }`; `name`: a function of `{ name }` adding a `label` option defaulting to the name; `group`:
 * not a type, a group of options inside a submodule (defined like a submodule, but never with mkOrder around it).
 */
export type SubmoduleForm = "plain" | "name" | "group";

/** What `apply` does to the merged value (only where the type allows it). */
export type ApplyKind = "double" | "exclaim" | "length" | "negate";

export interface OptionDecl {
  readonly kind: "option";
  readonly type: OptionType;
  readonly default?: Value;
  /** The default is the submodule's attribute name (the `label` option of name-form submodules). */
  readonly defaultIsName?: boolean;
  readonly apply?: ApplyKind;
  readonly readOnly?: boolean;
  readonly description?: string;
}

/** Options and groups of options, in declaration order (names are unique within a tree). */
export interface OptionTree {
  readonly entries: readonly (readonly [string, OptionDecl | OptionTree])[];
}

/** A plain value (defaults, and the values inside definitions). */
export type Value = Scalar | readonly Value[] | { readonly entries: readonly (readonly [string, Value])[] };

/** A definition of one option (or of one attrsOf value, or one submodule option): a value wrapped in mk*. */
export type Def =
  | { readonly d: "value"; readonly value: DefValue }
  | { readonly d: "if"; readonly cond: Cond; readonly content: Def }
  | { readonly d: "override"; readonly how: Override; readonly content: Def }
  | { readonly d: "order"; readonly how: Order; readonly content: Def }
  | { readonly d: "merge"; readonly contents: readonly Def[] };

/** A defined value: scalars, lists of defined values, and sets whose members are definitions again. */
export type DefValue =
  | Scalar
  | { readonly list: readonly DefValue[] }
  | { readonly attrs: readonly (readonly [string, Def])[] }
  | { readonly plain: Value };

export type Override = "mkDefault" | "mkForce" | "mkOptionDefault" | number;
export type Order = "mkBefore" | "mkAfter" | number;

/** A condition: a literal, or a flag (a top-level bool option) read from config, maybe negated. */
export type Cond =
  | { readonly c: "literal"; readonly value: boolean }
  | { readonly c: "flag"; readonly path: readonly string[]; readonly negate: boolean };

/** A module's `config`: groups of options, options' definitions, and mk* around groups. */
export type ConfigNode =
  | { readonly c: "leaf"; readonly def: Def; /** a flag: conditions read it */ readonly flag: boolean }
  | { readonly c: "group"; readonly entries: readonly (readonly [string, ConfigNode])[] }
  | { readonly c: "if"; readonly cond: Cond; readonly node: ConfigNode }
  | { readonly c: "override"; readonly how: Override; readonly node: ConfigNode }
  | { readonly c: "merge"; readonly nodes: readonly ConfigNode[] };

export interface ModuleModel {
  /** Indices of the modules this one imports (always higher than its own: no cycles). */
  readonly imports: readonly number[];
  readonly options: OptionTree;
  readonly config: ConfigNode | undefined;
}

/** Module 0 is the entry; it imports every module, directly or not. */
export interface ModuleSet {
  readonly modules: readonly ModuleModel[];
}

export const isOptionDecl = (x: OptionDecl | OptionTree): x is OptionDecl => "kind" in x;

/** A name-form submodule's options: its own, after `label`, a str option whose default is the attribute name. */
export function withLabel(options: OptionTree): OptionTree {
  const label: OptionDecl = { kind: "option", type: { t: "str" }, defaultIsName: true };
  return { entries: [["label", label], ...options.entries] };
}

/** Whether a condition reads config (so the module's config must be a function of it). */
export function readsConfig(node: ConfigNode | Def | undefined): boolean {
  if (node === undefined) return false;
  if ("d" in node) {
    switch (node.d) {
      case "value":
        return defValueReadsConfig(node.value);
      case "if":
        return node.cond.c === "flag" || readsConfig(node.content);
      case "override":
      case "order":
        return readsConfig(node.content);
      case "merge":
        return node.contents.some(readsConfig);
    }
  }
  switch (node.c) {
    case "leaf":
      return readsConfig(node.def);
    case "group":
      return node.entries.some(([, n]) => readsConfig(n));
    case "if":
      return node.cond.c === "flag" || readsConfig(node.node);
    case "override":
      return readsConfig(node.node);
    case "merge":
      return node.nodes.some(readsConfig);
  }
}

function defValueReadsConfig(value: DefValue): boolean {
  if (value === null || typeof value !== "object") return false;
  if ("list" in value) return value.list.some(defValueReadsConfig);
  if ("attrs" in value) return value.attrs.some(([, d]) => readsConfig(d));
  return false;
}
