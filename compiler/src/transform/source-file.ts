// A whole file: imports and top-level declarations become one `let`, around the default export's value or, for a
// file without one, an attribute set of its named exports. Only bindings the result reaches are kept.
import * as path from "node:path";
import { ts } from "ts-morph";
import { Diagnostics } from "../diagnostics/codes.js";
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import { referencedNames } from "../nix/traverse.js";
import type { TransformContext } from "./context.js";
import { lowerDeclarationBindings, rejectStatement } from "./visitors/declarations.js";
import { lowerFunctionLike } from "./visitors/functions.js";
import { lowerImport } from "./imports.js";

interface FileParts {
  readonly bindings: Binding[];
  /** Exported name → Nix name of the binding that holds it. */
  readonly exports: Map<string, string>;
  defaultExport: Expr | undefined;
}

export function lowerSourceFile(sourceFile: ts.SourceFile, ctx: TransformContext): Expr {
  const parts: FileParts = { bindings: [], exports: new Map(), defaultExport: undefined };
  for (const statement of sourceFile.statements) lowerTopLevelStatement(statement, parts, ctx);
  const body = parts.defaultExport ?? exportsAttrset(parts.exports);
  if (!parts.defaultExport && parts.exports.size === 0) ctx.report(sourceFile, Diagnostics.noDefaultExport());
  const helpers = ctx.helpers.definitions().map(({ name, value }) => nix.bind(name, value));
  return nix.letIn(reachableBindings([...helpers, ...parts.bindings], body), body);
}

function exportsAttrset(exports: ReadonlyMap<string, string>): Expr {
  const same = [...exports].filter(([exported, local]) => exported === local).map(([name]) => name);
  const renamed = [...exports].filter(([exported, local]) => exported !== local);
  return nix.attrs([
    ...(same.length > 0 ? [nix.inherit(same)] : []),
    ...renamed.map(([exported, local]) => nix.bind(exported, nix.ident(local))),
  ]);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function lowerTopLevelStatement(statement: ts.Statement, parts: FileParts, ctx: TransformContext): void {
  if (ts.isImportDeclaration(statement)) return void parts.bindings.push(...lowerImport(statement, ctx));
  if (ts.isImportEqualsDeclaration(statement))
    return ctx.report(statement, Diagnostics.unsupportedImport(statement.getText()));
  if (ts.isExportAssignment(statement)) {
    if (statement.isExportEquals) return ctx.report(statement, Diagnostics.exportNotSupported("`export =`"));
    parts.defaultExport = ctx.lower(statement.expression);
    return;
  }
  if (ts.isExportDeclaration(statement)) return lowerExportDeclaration(statement, parts, ctx);
  if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
    if (statement.name) {
      const declared = lowerDeclarationBindings(statement, ctx) ?? [];
      parts.bindings.push(...declared);
      const binding = declared[0];
      if (binding?.kind === "binding" && binding.path[0]?.kind === "static") {
        parts.defaultExport = nix.ident(binding.path[0].name);
      }
    } else {
      parts.defaultExport = lowerFunctionLike(statement, ctx);
    }
    return;
  }
  const declared = lowerDeclarationBindings(statement, ctx);
  if (!declared) return rejectStatement(statement, ctx);
  parts.bindings.push(...declared);
  if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) recordExports(statement, parts, ctx);
}

function recordExports(statement: ts.Statement, parts: FileParts, ctx: TransformContext): void {
  const names: ts.Identifier[] = [];
  if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) collectNames(declaration.name, names);
  } else if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
    names.push(statement.name);
  }
  for (const name of names) {
    const symbol = ctx.checker.getSymbolAtLocation(name);
    if (symbol) parts.exports.set(name.text, ctx.naming.nameOf(symbol));
  }
}

function collectNames(name: ts.BindingName, into: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) return void into.push(name);
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name, into);
}

function lowerExportDeclaration(
  statement: ts.ExportDeclaration,
  parts: FileParts,
  ctx: TransformContext,
): void {
  if (statement.isTypeOnly) return;
  if (statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
    return ctx.report(statement, Diagnostics.exportNotSupported("Re-exporting from another file"));
  }
  for (const element of statement.exportClause.elements) {
    if (element.isTypeOnly) continue;
    const local = ctx.checker.getExportSpecifierLocalTargetSymbol(element);
    if (!local || !(local.flags & ts.SymbolFlags.Value)) continue;
    const exported = element.name.text;
    if (exported === "default") parts.defaultExport = nix.ident(ctx.naming.nameOf(local));
    else parts.exports.set(exported, ctx.naming.nameOf(local));
  }
}

/** The bindings `body` needs, directly or through other bindings (Nix is lazy; the rest is dead code). */
function reachableBindings(bindings: readonly Binding[], body: Expr): Binding[] {
  const definedBy = new Map<string, Binding>();
  for (const binding of bindings) for (const name of boundNames(binding)) definedBy.set(name, binding);
  const needed = new Set<string>();
  const queue = [...referencedNames(body)];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (needed.has(name) || !definedBy.has(name)) continue;
    needed.add(name);
    const binding = definedBy.get(name)!;
    const value = binding.kind === "binding" ? binding.value : binding.from;
    if (value) queue.push(...referencedNames(value));
  }
  return bindings.flatMap((binding): Binding[] => {
    if (binding.kind === "binding") return boundNames(binding).some((n) => needed.has(n)) ? [binding] : [];
    const names = binding.names.filter((n) => needed.has(n));
    return names.length > 0 ? [nix.inherit(names, binding.from)] : [];
  });
}

function boundNames(binding: Binding): string[] {
  if (binding.kind === "inherit") return [...binding.names];
  const first = binding.path[0];
  return first?.kind === "static" ? [first.name] : [];
}

/** `./lib.ts` → `./lib.nix`, relative to the importing file, always starting with `./` or `../`. */
export function nixPathFor(fromFile: string, toFile: string): string {
  let relative = path.relative(path.dirname(fromFile), toFile).split(path.sep).join("/");
  relative = relative.replace(/\.(d\.)?[cm]?tsx?$/, ".nix");
  return relative.startsWith(".") ? relative : `./${relative}`;
}
