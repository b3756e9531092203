// A file's named exports → the attribute set a file without a default export compiles to: its own declarations
// (`export const a`), local bindings exported by name (`export { a, b as c }`, also imported ones), and re-exports
// of other files (`export { a } from`, `export * from`, `export * as ns from`). Names that change what a Nix
// attribute set is (`outPath`, `__toString`, …) are refused, whichever way they are exported.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import { DERIVATION_TYPE, isMagicAttrName } from "../nix/magic-names.js";
import type { TransformContext } from "./context.js";

interface ExportedValue {
  /** The Nix name of a local binding, or the file a re-export reads from (with the name read there). */
  readonly value:
    { readonly local: string } | { readonly file: ts.SourceFile; readonly name: string | undefined };
  /** Where the name is exported, for diagnostics. */
  readonly site: ts.Node;
  /** The exported symbol, to tell whether an export named `type` may hold "derivation". */
  readonly symbol?: ts.Symbol | undefined;
}

interface Reexported {
  readonly file: ts.SourceFile;
  readonly moduleSymbol: ts.Symbol;
}

/** The named exports of one file, in the order they are declared. */
export class FileExports {
  private readonly named = new Map<string, ExportedValue>();
  private readonly stars: (Reexported & { readonly site: ts.Node })[] = [];
  defaultExport: Expr | undefined;

  constructor(private readonly ctx: TransformContext) {}

  get isEmpty(): boolean {
    return this.named.size === 0 && this.stars.length === 0;
  }

  /** `export const a = …`, `export function f`. */
  addDeclarationExports(statement: ts.Statement): void {
    const names: ts.Identifier[] = [];
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) collectNames(declaration.name, names);
    } else if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      names.push(statement.name);
    }
    for (const name of names) {
      const symbol = this.ctx.checker.getSymbolAtLocation(name);
      if (symbol) {
        this.setNamed(name.text, { value: { local: this.ctx.naming.nameOf(symbol) }, site: name, symbol });
      }
    }
  }

  /** `export { a, b as c }`, `export { a } from "./x"`, `export * from "./x"`, `export * as ns from "./x"`. */
  addExportDeclaration(statement: ts.ExportDeclaration): void {
    if (statement.isTypeOnly) return;
    const from = statement.moduleSpecifier ? this.reexported(statement) : undefined;
    if (statement.moduleSpecifier && !from) return;
    const clause = statement.exportClause;
    if (!clause) return void this.stars.push({ ...from!, site: statement });
    if (ts.isNamespaceExport(clause)) {
      if (this.ctx.facts.moduleShape(from!.file) === "default") {
        return this.ctx.report(clause, Diagnostics.namespaceImportNotSupported());
      }
      const value = { file: from!.file, name: undefined };
      return this.setNamed(clause.name.text, { value, site: clause.name });
    }
    for (const element of clause.elements) {
      if (element.isTypeOnly || !this.exportsValue(element)) continue;
      const exported = element.name.text;
      const value = from ? this.reexportedValue(element, from.file) : this.localValue(element);
      if (!value) continue;
      const symbol = this.ctx.checker.getExportSpecifierLocalTargetSymbol(element);
      if (exported === "default") this.defaultExport = this.valueExpr(value);
      else this.setNamed(exported, { value, site: element.name, symbol });
    }
  }

  /** The attribute set of every named export; star re-exports add the names the file does not export itself. */
  attrset(): Expr {
    const all = new Map(this.named);
    for (const star of this.stars) {
      for (const symbol of this.starSymbols(star, star.site)) {
        const name = symbol.name;
        if (!all.has(name)) all.set(name, { value: { file: star.file, name }, site: star.site, symbol });
      }
    }
    for (const [name, exported] of all) this.checkName(name, exported);
    return nix.attrs(this.bindings(all));
  }

  private setNamed(name: string, value: ExportedValue): void {
    if (name === "default") return;
    this.named.set(name, value);
  }

  private bindings(all: ReadonlyMap<string, ExportedValue>): Binding[] {
    const inheritedLocals: string[] = [];
    const inheritedFrom = new Map<ts.SourceFile, string[]>();
    const renamed: Binding[] = [];
    for (const [name, { value }] of all) {
      if ("local" in value && value.local === name) inheritedLocals.push(name);
      else if ("file" in value && value.name === name) {
        inheritedFrom.set(value.file, [...(inheritedFrom.get(value.file) ?? []), name]);
      } else renamed.push(nix.bind(name, this.valueExpr(value)));
    }
    return [
      ...(inheritedLocals.length > 0 ? [nix.inherit(inheritedLocals)] : []),
      ...[...inheritedFrom].map(([file, names]) => nix.inherit(names, this.importOf(file))),
      ...renamed,
    ];
  }

  private valueExpr(value: ExportedValue["value"]): Expr {
    if ("local" in value) return nix.ident(value.local);
    const imported = this.importOf(value.file);
    return value.name === undefined ? imported : nix.select(imported, value.name);
  }

  private importOf(file: ts.SourceFile): Expr {
    return nix.apply(nix.ident("import"), this.ctx.facts.importPath(this.ctx.sourceFile, file));
  }

  private reexported(statement: ts.ExportDeclaration): Reexported | undefined {
    const specifier = statement.moduleSpecifier as ts.StringLiteral;
    const moduleSymbol = this.ctx.checker.getSymbolAtLocation(specifier);
    const file = moduleSymbol?.valueDeclaration;
    if (
      file &&
      ts.isSourceFile(file) &&
      !this.ctx.facts.isLibraryFile(file) &&
      specifier.text.startsWith(".")
    ) {
      return { file, moduleSymbol: moduleSymbol! };
    }
    this.ctx.report(specifier, Diagnostics.unsupportedImport(specifier.text));
    return undefined;
  }

  /** `export { a }` of a local binding — a declaration or an import. */
  private localValue(element: ts.ExportSpecifier): ExportedValue["value"] | undefined {
    const local = this.ctx.checker.getExportSpecifierLocalTargetSymbol(element);
    return local ? { local: this.ctx.naming.nameOf(local) } : undefined;
  }

  /** `export { a as b } from "./x"`: `a` of x's exports, or x's value itself for `default`. */
  private reexportedValue(
    element: ts.ExportSpecifier,
    from: ts.SourceFile,
  ): ExportedValue["value"] | undefined {
    const name = (element.propertyName ?? element.name).text;
    const shape = this.ctx.facts.moduleShape(from);
    if (name === "default") return { file: from, name: undefined };
    if (shape === "default") {
      this.ctx.report(element, Diagnostics.namedImportFromDefaultModule(name, from.fileName));
      return undefined;
    }
    return { file: from, name };
  }

  private exportsValue(element: ts.ExportSpecifier): boolean {
    const symbol = this.ctx.checker.getExportSpecifierLocalTargetSymbol(element);
    if (!symbol) return false;
    const target = symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & ts.SymbolFlags.Value) !== 0;
  }

  /** The values `export * from file` brings: every named export of `file` except `default`. */
  private starSymbols({ file, moduleSymbol }: Reexported, site: ts.Node): ts.Symbol[] {
    const symbols = this.ctx.checker.getExportsOfModule(moduleSymbol).filter((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol;
      return symbol.name !== "default" && (target.flags & ts.SymbolFlags.Value) !== 0;
    });
    if (symbols.length > 0 && this.ctx.facts.moduleShape(file) === "default") {
      this.ctx.report(site, Diagnostics.namedImportFromDefaultModule(symbols[0]!.name, file.fileName));
      return [];
    }
    return symbols;
  }

  private checkName(name: string, { site, symbol }: ExportedValue): void {
    if (isMagicAttrName(name)) return this.ctx.report(site, Diagnostics.magicExport(name));
    if (name !== DERIVATION_TYPE.name || !symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? this.ctx.checker.getAliasedSymbol(symbol) : symbol;
    const type = this.ctx.checker.getTypeOfSymbol(target);
    const derivation = this.ctx.checker.getStringLiteralType(DERIVATION_TYPE.value);
    if (this.ctx.checker.isTypeAssignableTo(derivation, type)) {
      this.ctx.report(site, Diagnostics.magicExport(`type = "${DERIVATION_TYPE.value}"`));
    }
  }
}

function collectNames(name: ts.BindingName, into: ts.Identifier[]): void {
  if (ts.isIdentifier(name)) return void into.push(name);
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name, into);
}
