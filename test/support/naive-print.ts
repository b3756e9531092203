// A deliberately naive Nix printer: everything parenthesised, one line, no layout. It is an independent oracle for
// the real printer (both must mean the same) and lets transform tests evaluate ASTs without depending on layout.
import type { AttrKey, Binding, Expr, Param, StrPart } from "../../compiler/src/nix/ast.js";

const escape = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$/g, "\\$");

const ident = /^[A-Za-z_][A-Za-z0-9_'-]*$/;
const keywords = new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);

function key(k: AttrKey): string {
  if (k.kind === "dynamic") return `\${${naivePrint(k.expr)}}`;
  return ident.test(k.name) && !keywords.has(k.name) ? k.name : `"${escape(k.name)}"`;
}
const attrPath = (path: readonly AttrKey[]) => path.map(key).join(".");

function binding(b: Binding): string {
  if (b.kind === "inherit") return `inherit ${b.from ? `(${naivePrint(b.from)}) ` : ""}${b.names.join(" ")};`;
  return `${attrPath(b.path)} = ${naivePrint(b.value)};`;
}

function param(p: Param): string {
  if (p.kind === "identParam") return p.name;
  const fields = p.fields.map((f) => (f.default ? `${f.name} ? ${naivePrint(f.default)}` : f.name));
  if (p.ellipsis) fields.push("...");
  return `{ ${fields.join(", ")} }${p.bind ? ` @ ${p.bind}` : ""}`;
}

function part(p: StrPart): string {
  return typeof p === "string" ? escape(p) : `\${${naivePrint(p)}}`;
}

export function naivePrint(e: Expr): string {
  switch (e.kind) {
    case "ident":
      return e.name;
    case "int":
      return e.value.toString();
    case "float": {
      const s = e.value.toExponential();
      const [m, x] = s.split("e");
      return `(${m!.includes(".") ? m : `${m}.0`}e${x})`;
    }
    case "string":
      return `"${e.parts.map(part).join("")}"`;
    case "path":
      return e.text;
    case "list":
      return `[ ${e.items.map((i) => `(${naivePrint(i)})`).join(" ")} ]`;
    case "attrset":
      return `${e.recursive ? "rec " : ""}{ ${e.bindings.map(binding).join(" ")} }`;
    case "select":
      return `((${naivePrint(e.expr)}).${attrPath(e.path)}${e.default ? ` or (${naivePrint(e.default)})` : ""})`;
    case "hasAttr":
      return `((${naivePrint(e.expr)}) ? ${attrPath(e.path)})`;
    case "lambda":
      return `(${param(e.param)}: ${naivePrint(e.body)})`;
    case "apply":
      return `((${naivePrint(e.fn)}) (${naivePrint(e.arg)}))`;
    case "let":
      return `(let ${e.bindings.map(binding).join(" ")} in ${naivePrint(e.body)})`;
    case "with":
      return `(with ${naivePrint(e.scope)}; ${naivePrint(e.body)})`;
    case "assert":
      return `(assert ${naivePrint(e.condition)}; ${naivePrint(e.body)})`;
    case "if":
      return `(if ${naivePrint(e.condition)} then ${naivePrint(e.then)} else ${naivePrint(e.else)})`;
    case "binop":
      return `((${naivePrint(e.left)}) ${e.op} (${naivePrint(e.right)}))`;
    case "unary":
      return `(${e.op}(${naivePrint(e.operand)}))`;
    case "raw":
      return `(${e.text})`;
  }
}
