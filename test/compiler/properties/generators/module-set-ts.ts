// A generated module set as TypeScript: one file per module (`m<i>.ts`, m0.ts the entry), written with the tsnix
// module API as a person would write it.
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
  readsConfig,
  type Value,
  withLabel,
} from "./module-set-model.js";

const LIBRARY =
  'import { defineModule, mkAfter, mkBefore, mkDefault, mkForce, mkIf, mkMerge, mkOptionDefault, mkOption, mkOrder, mkOverride, types } from "tsnix";';

export function moduleSetAsTypeScript(set: ModuleSet): { path: string; text: string }[] {
  return set.modules.map((module, i) => {
    const lines = [
      LIBRARY,
      ...module.imports.map((n) => `import m${n} from "./m${n}";`),
      "",
      "export default defineModule({",
    ];
    if (module.imports.length > 0)
      lines.push(`  imports: [${module.imports.map((n) => `m${n}`).join(", ")}],`);
    if (module.options.entries.length > 0) lines.push(`  options: ${tree(module.options)},`);
    if (module.config) {
      const body = configNode(module.config);
      lines.push(readsConfig(module.config) ? `  config: ({ config }) => (${body}),` : `  config: ${body},`);
    }
    lines.push("});", "");
    return { path: `m${i}.ts`, text: lines.join("\n") };
  });
}

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
const object = (entries: readonly (readonly [string, string])[]) =>
  `{ ${entries.map(([k, v]) => `${key(k)}: ${v}`).join(", ")} }`;

function tree(options: OptionTree): string {
  return object(options.entries.map(([k, e]) => [k, isOptionDecl(e) ? option(e) : tree(e)] as const));
}

function option(decl: OptionDecl): string {
  const spec: [string, string][] = [["type", type(decl.type)]];
  if (decl.default !== undefined) spec.push(["default", value(decl.default)]);
  if (decl.defaultIsName) spec.push(["default", "name"]);
  if (decl.apply) spec.push(["apply", APPLY[decl.apply]]);
  if (decl.readOnly) spec.push(["readOnly", "true"]);
  if (decl.description !== undefined) spec.push(["description", JSON.stringify(decl.description)]);
  return `mkOption(${object(spec)})`;
}

const APPLY: Readonly<Record<ApplyKind, string>> = {
  double: "(v) => v * 2",
  exclaim: '(v) => v + "!"',
  length: "(v) => v.length",
  negate: "(v) => !v",
};

function type(t: OptionType): string {
  switch (t.t) {
    case "separatedString":
      return `types.separatedString(${JSON.stringify(t.separator)})`;
    case "strMatching":
      return `types.strMatching(${JSON.stringify(t.pattern)})`;
    case "ints":
      return `types.ints.${t.range}`;
    case "between":
      return `types.ints.between(${t.lowest}, ${t.highest})`;
    case "enum":
      return `types.enum([${t.values.map(scalar).join(", ")}])`;
    case "nullOr":
    case "listOf":
    case "attrsOf":
    case "lazyAttrsOf":
    case "uniq":
      return `types.${t.t}(${type(t.elem)})`;
    case "either":
      return `types.either(${type(t.left)}, ${type(t.right)})`;
    case "oneOf":
      return `types.oneOf([${t.alternatives.map(type).join(", ")}])`;
    case "submodule":
      return t.form === "name"
        ? `types.submodule(({ name }) => ({ options: ${tree(withLabel(t.options))} }))`
        : `types.submodule({ options: ${tree(t.options)} })`;
    default:
      return `types.${t.t}`;
  }
}

function scalar(v: string | number | boolean | null): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

function value(v: Value): string {
  if (v === null || typeof v !== "object") return scalar(v);
  if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
  const entries = (v as { entries: readonly (readonly [string, Value])[] }).entries;
  return object(entries.map(([k, x]) => [k, value(x)] as const));
}

function defValue(v: DefValue): string {
  if (v === null || typeof v !== "object") return scalar(v);
  if ("plain" in v) return value(v.plain);
  if ("list" in v) return `[${v.list.map(defValue).join(", ")}]`;
  return object(v.attrs.map(([k, d]) => [k, def(d)] as const));
}

function def(d: Def): string {
  switch (d.d) {
    case "value":
      return defValue(d.value);
    case "if":
      return `mkIf(${cond(d.cond)}, ${def(d.content)})`;
    case "override":
      return override(d.how, def(d.content));
    case "order":
      return order(d.how, def(d.content));
    case "merge":
      return `mkMerge([${d.contents.map(def).join(", ")}])`;
  }
}

const override = (how: Override, content: string) =>
  typeof how === "number" ? `mkOverride(${how}, ${content})` : `${how}(${content})`;
const order = (how: Order, content: string) =>
  typeof how === "number" ? `mkOrder(${how}, ${content})` : `${how}(${content})`;

function cond(c: Cond): string {
  if (c.c === "literal") return String(c.value);
  return `${c.negate ? "!" : ""}config.${c.path.join(".")}`;
}

function configNode(node: ConfigNode): string {
  switch (node.c) {
    case "leaf":
      return def(node.def);
    case "group":
      return object(node.entries.map(([k, n]) => [k, configNode(n)] as const));
    case "if":
      return `mkIf(${cond(node.cond)}, ${configNode(node.node)})`;
    case "override":
      return override(node.how, configNode(node.node));
    case "merge":
      return `mkMerge([${node.nodes.map(configNode).join(", ")}])`;
  }
}
