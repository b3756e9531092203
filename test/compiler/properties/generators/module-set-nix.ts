// A generated module set rendered directly as Nix (`twin/m<i>.nix`): the hand-written twin of what
// module-set-ts.ts writes in TypeScript, the same structure said with nixpkgs' lib.
import {
  type ApplyKind,
  type Cond,
  type ConfigNode,
  type Def,
  type DefValue,
  isOptionDecl,
  type ModuleSet,
  type OptionDecl,
  type OptionTree,
  type OptionType,
  type Order,
  type Override,
  type Scalar,
  type Value,
  withLabel,
} from "./module-set-model.js";

export function moduleSetAsNix(set: ModuleSet): { path: string; text: string }[] {
  return set.modules.map((module, i) => {
    const parts: string[] = [];
    if (module.imports.length > 0)
      parts.push(`imports = [ ${module.imports.map((n) => `./m${n}.nix`).join(" ")} ];`);
    if (module.options.entries.length > 0) parts.push(`options = ${tree(module.options)};`);
    if (module.config) parts.push(`config = ${configNode(module.config)};`);
    return { path: `m${i}.nix`, text: `{ config, lib, ... }:\n{\n  ${parts.join("\n  ")}\n}\n` };
  });
}

const KEYWORDS = new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);

export function nixString(s: string): string {
  const escaped = s.replace(/[\\"\n\r\t]|\$\{/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\${c}`,
  );
  return `"${escaped}"`;
}

const key = (k: string) => (/^[A-Za-z_][\w'-]*$/.test(k) && !KEYWORDS.has(k) ? k : nixString(k));
const attrs = (entries: readonly (readonly [string, string])[]) =>
  `{ ${entries.map(([k, v]) => `${key(k)} = ${v}; `).join("")}}`;
const list = (items: readonly string[]) => `[ ${items.map((x) => `(${x}) `).join("")}]`;

function tree(options: OptionTree): string {
  return attrs(options.entries.map(([k, e]) => [k, isOptionDecl(e) ? option(e) : tree(e)] as const));
}

function option(decl: OptionDecl): string {
  const spec: [string, string][] = [["type", type(decl.type)]];
  if (decl.default !== undefined) spec.push(["default", value(decl.default)]);
  if (decl.defaultIsName) spec.push(["default", "name"]);
  if (decl.apply) spec.push(["apply", APPLY[decl.apply]]);
  if (decl.readOnly) spec.push(["readOnly", "true"]);
  if (decl.description !== undefined) spec.push(["description", nixString(decl.description)]);
  return `lib.mkOption ${attrs(spec)}`;
}

const APPLY: Readonly<Record<ApplyKind, string>> = {
  double: "v: v * 2",
  exclaim: 'v: v + "!"',
  length: "builtins.length",
  negate: "v: !v",
};

function type(t: OptionType): string {
  switch (t.t) {
    case "separatedString":
      return `(lib.types.separatedString ${nixString(t.separator)})`;
    case "strMatching":
      return `(lib.types.strMatching ${nixString(t.pattern)})`;
    case "ints":
      return `lib.types.ints.${t.range}`;
    case "between":
      return `(lib.types.ints.between ${scalar(t.lowest)} ${scalar(t.highest)})`;
    case "enum":
      return `(lib.types.enum ${list(t.values.map(scalar))})`;
    case "nullOr":
    case "listOf":
    case "attrsOf":
    case "lazyAttrsOf":
    case "uniq":
      return `(lib.types.${t.t} ${type(t.elem)})`;
    case "either":
      return `(lib.types.either ${type(t.left)} ${type(t.right)})`;
    case "oneOf":
      return `(lib.types.oneOf ${list(t.alternatives.map(type))})`;
    case "submodule":
      return t.form === "name"
        ? `(lib.types.submodule ({ name, ... }: { options = ${tree(withLabel(t.options))}; }))`
        : `(lib.types.submodule { options = ${tree(t.options)}; })`;
    default:
      return `lib.types.${t.t}`;
  }
}

function scalar(v: Scalar): string {
  if (typeof v === "string") return nixString(v);
  if (typeof v === "number") return v < 0 ? `(${v})` : String(v);
  return String(v);
}

function value(v: Value): string {
  if (v === null || typeof v !== "object") return scalar(v);
  if (Array.isArray(v)) return list(v.map(value));
  const entries = (v as { entries: readonly (readonly [string, Value])[] }).entries;
  return attrs(entries.map(([k, x]) => [k, value(x)] as const));
}

function defValue(v: DefValue): string {
  if (v === null || typeof v !== "object") return scalar(v);
  if ("plain" in v) return value(v.plain);
  if ("list" in v) return list(v.list.map(defValue));
  return attrs(v.attrs.map(([k, d]) => [k, def(d)] as const));
}

function def(d: Def): string {
  switch (d.d) {
    case "value":
      return defValue(d.value);
    case "if":
      return `lib.mkIf ${cond(d.cond)} (${def(d.content)})`;
    case "override":
      return override(d.how, def(d.content));
    case "order":
      return order(d.how, def(d.content));
    case "merge":
      return `lib.mkMerge ${list(d.contents.map(def))}`;
  }
}

const override = (how: Override, content: string) =>
  typeof how === "number" ? `lib.mkOverride ${how} (${content})` : `lib.${how} (${content})`;
const order = (how: Order, content: string) =>
  typeof how === "number" ? `lib.mkOrder ${how} (${content})` : `lib.${how} (${content})`;

function cond(c: Cond): string {
  if (c.c === "literal") return String(c.value);
  const read = `config.${c.path.join(".")}`;
  return c.negate ? `(!${read})` : read;
}

function configNode(node: ConfigNode): string {
  switch (node.c) {
    case "leaf":
      return def(node.def);
    case "group":
      return attrs(node.entries.map(([k, n]) => [k, configNode(n)] as const));
    case "if":
      return `lib.mkIf ${cond(node.cond)} (${configNode(node.node)})`;
    case "override":
      return override(node.how, configNode(node.node));
    case "merge":
      return `lib.mkMerge ${list(node.nodes.map(configNode))}`;
  }
}
