// Imports between TS files → `import ./x.nix`; imports of the tsnix library bind nothing (its calls are lowered
// where they happen); type-only imports vanish.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import type { TransformContext } from "./context.js";

export function lowerImport(declaration: ts.ImportDeclaration, ctx: TransformContext): Binding[] {
  const clause = declaration.importClause;
  const specifier = (declaration.moduleSpecifier as ts.StringLiteral).text;
  if (clause?.isTypeOnly) return [];
  const target = importedFile(declaration, ctx);
  if (target && ctx.facts.isLibraryFile(target)) return [];
  if (!clause) {
    ctx.report(declaration, Diagnostics.sideEffectImport(specifier));
    return [];
  }
  if (!target || !specifier.startsWith(".")) {
    if (usesAnyValue(clause, ctx))
      ctx.report(declaration.moduleSpecifier, Diagnostics.unsupportedImport(specifier));
    return [];
  }
  const role = ctx.facts.fileRole(target);
  if (role === "module" || role === "host") return moduleImport(clause, target, ctx);
  const importExpr: Expr = nix.apply(nix.ident("import"), ctx.facts.importPath(ctx.sourceFile, target));
  ctx.fileImports.push({ file: target.fileName, expr: importExpr });
  // Several bindings from one file share one `import` (bound to a name) instead of repeating it.
  const uses = countImportUses(clause, ctx);
  const moduleName = uses > 1 ? ctx.naming.fresh(moduleBaseName(target.fileName)) : undefined;
  const imported: Expr = moduleName ? nix.ident(moduleName) : importExpr;
  const shape = ctx.facts.moduleShape(target);
  const bindings: Binding[] = moduleName ? [nix.bind(moduleName, importExpr)] : [];
  if (clause.name && isValue(clause.name, ctx))
    bindings.push(nix.bind(localName(clause.name, ctx), imported));
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named) && isValue(named.name, ctx)) {
    if (shape === "default") ctx.report(named, Diagnostics.namespaceImportNotSupported());
    bindings.push(nix.bind(localName(named.name, ctx), imported));
  }
  if (named && ts.isNamedImports(named))
    bindings.push(...namedImports(named, imported, shape, specifier, ctx));
  return bindings;
}

function namedImports(
  named: ts.NamedImports,
  imported: Expr,
  shape: "default" | "exports",
  specifier: string,
  ctx: TransformContext,
): Binding[] {
  const inherited: string[] = [];
  const renamed: Binding[] = [];
  for (const element of named.elements) {
    if (element.isTypeOnly || !isValue(element.name, ctx)) continue;
    const exported = (element.propertyName ?? element.name).text;
    if (exported === "default") {
      renamed.push(nix.bind(localName(element.name, ctx), imported));
      continue;
    }
    if (shape === "default") {
      ctx.report(element, Diagnostics.namedImportFromDefaultModule(exported, specifier));
      continue;
    }
    const local = localName(element.name, ctx);
    if (local === exported) inherited.push(local);
    else renamed.push(nix.bind(local, nix.select(imported, exported)));
  }
  return [...(inherited.length > 0 ? [nix.inherit(inherited, imported)] : []), ...renamed];
}

/**
 * A module (or host) file's value is its path, and references to it lower to that path where they occur (see
 * library-value-visitors.ts): the import binds nothing. Only its default export is a value.
 */
function moduleImport(clause: ts.ImportClause, target: ts.SourceFile, ctx: TransformContext): Binding[] {
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named) && isValue(named.name, ctx)) {
    ctx.report(named, Diagnostics.namespaceImportNotSupported());
  }
  if (named && ts.isNamedImports(named)) {
    for (const element of named.elements) {
      const exported = (element.propertyName ?? element.name).text;
      if (!element.isTypeOnly && isValue(element.name, ctx) && exported !== "default") {
        ctx.report(element, Diagnostics.namedImportFromDefaultModule(exported, target.fileName));
      }
    }
  }
  return [];
}

function importedFile(declaration: ts.ImportDeclaration, ctx: TransformContext): ts.SourceFile | undefined {
  const moduleSymbol = ctx.checker.getSymbolAtLocation(declaration.moduleSpecifier);
  const file = moduleSymbol?.valueDeclaration;
  return file && ts.isSourceFile(file) ? file : undefined;
}

function localName(identifier: ts.Identifier, ctx: TransformContext): string {
  const symbol = ctx.checker.getSymbolAtLocation(identifier);
  return symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(identifier.text);
}

/** Does this imported name denote a value (not only a type)? */
function isValue(identifier: ts.Identifier, ctx: TransformContext): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(identifier);
  if (!symbol) return false;
  const target = symbol.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(symbol) : symbol;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
}

function usesAnyValue(clause: ts.ImportClause, ctx: TransformContext): boolean {
  if (clause.name && isValue(clause.name, ctx)) return true;
  const named = clause.namedBindings;
  if (!named) return false;
  if (ts.isNamespaceImport(named)) return isValue(named.name, ctx);
  return named.elements.some((e) => !e.isTypeOnly && isValue(e.name, ctx));
}

/** How many bindings an import clause produces (one `inherit` counts once). */
function countImportUses(clause: ts.ImportClause, ctx: TransformContext): number {
  let uses = clause.name && isValue(clause.name, ctx) ? 1 : 0;
  const named = clause.namedBindings;
  if (named && ts.isNamespaceImport(named)) uses += isValue(named.name, ctx) ? 1 : 0;
  if (named && ts.isNamedImports(named)) {
    const values = named.elements.filter((e) => !e.isTypeOnly && isValue(e.name, ctx));
    const renamed = values.filter((e) => (e.propertyName ?? e.name).text !== localName(e.name, ctx));
    uses += renamed.length + (values.length > renamed.length ? 1 : 0);
  }
  return uses;
}

function moduleBaseName(file: string): string {
  const base = file.replace(/^.*\//, "").replace(/\.[cm]?tsx?$/, "");
  return `${base.replace(/[^A-Za-z0-9_]/g, "_")}Module`;
}
