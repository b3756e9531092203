// Nix names for TypeScript bindings. A binding keeps its TS name when Nix can bind it without changing anything
// else's meaning; otherwise (keywords, base-scope names like `map` or `true`, `__sub`, `$`, non-ASCII, runtime
// helper names) it gets a fresh name. Temporaries get fresh names that no identifier in the file uses, so a
// generated `let` can never capture a user's reference. A name declared in a nested block (an `if` branch, a loop
// body, a `case`) is renamed when a declaration around it has the same name: the code after the block is placed in the
// block's `let`, where a kept name would capture the references of an outer binding of the same name. Successive values of a changed
// variable (SSA versions) are named `ports`, `ports_1`, `ports_2`.
import { ts } from "../typescript.js";
import { isBindableName } from "../nix/names.js";

export class Naming {
  private readonly bySymbol = new Map<ts.Symbol, string>();
  /** Every identifier text in the file plus every name handed out: fresh names avoid all of them. */
  private readonly taken = new Set<string>();
  /** Every declaration of each name in the file (variables, parameters, functions). */
  private readonly declared = new Map<string, ts.Node[]>();

  constructor(
    sourceFile: ts.SourceFile,
    /** Names reserved for generated code (runtime helpers, module arguments); user bindings never get them. */
    private readonly reserved: ReadonlySet<string>,
  ) {
    collectIdentifierTexts(sourceFile, this.taken);
    countDeclarations(sourceFile, this.declared);
    for (const name of reserved) this.taken.add(name);
  }

  /** The Nix name of a TypeScript binding, decided once per symbol. */
  nameOf(symbol: ts.Symbol): string {
    const known = this.bySymbol.get(symbol);
    if (known !== undefined) return known;
    const shadowing = isInNestedBlock(symbol.valueDeclaration) && this.shadows(symbol);
    const name = this.canKeep(symbol.name) && !shadowing ? symbol.name : this.fresh(sanitize(symbol.name));
    this.bySymbol.set(symbol, name);
    return name;
  }

  /** Give a symbol a specific name (e.g. a module argument `config`) — the caller guarantees it is safe. */
  assign(symbol: ts.Symbol, name: string): void {
    this.bySymbol.set(symbol, name);
    this.taken.add(name);
  }

  /** A name no identifier of the file uses and no other fresh name has: safe for temporaries. */
  fresh(base: string): string {
    const stem = sanitize(base);
    let name = stem;
    for (let i = 1; this.taken.has(name) || !isBindableName(name); i++) name = `${stem}${i}`;
    this.taken.add(name);
    return name;
  }

  /** The name of a later value of a variable named `base`: `base_1`, `base_2`, … (the first one not taken). */
  version(base: string): string {
    let name = `${base}_1`;
    for (let i = 2; this.taken.has(name) || !isBindableName(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    return name;
  }

  /** Is another declaration of the same name in scope around this symbol's declaration? */
  private shadows(symbol: ts.Symbol): boolean {
    const declaration = symbol.valueDeclaration;
    if (!declaration) return false;
    return (this.declared.get(symbol.name) ?? []).some((other) => {
      if (other === declaration) return false;
      const scope = scopeOf(other);
      return scope.getStart() <= declaration.getStart() && declaration.getEnd() <= scope.getEnd();
    });
  }

  /** Give back a version name whose binding was simplified away (nothing refers to it), for the next version. */
  release(name: string): void {
    if (/_\d+$/.test(name)) this.taken.delete(name);
  }

  private canKeep(name: string): boolean {
    return isBindableName(name) && !this.reserved.has(name);
  }
}

/** Turn any TS identifier into something that starts like a Nix identifier. */
function sanitize(name: string): string {
  let out = name.replace(/[^A-Za-z0-9_'-]/g, "_");
  if (!/^[A-Za-z_]/.test(out)) out = `_${out}`;
  if (out.startsWith("__")) out = out.replace(/^_+/, "_");
  if (!isBindableName(out)) out = `${out}_`;
  return out;
}

function collectIdentifierTexts(node: ts.Node, into: Set<string>): void {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) into.add(node.text);
  ts.forEachChild(node, (child) => collectIdentifierTexts(child, into));
}

function countDeclarations(node: ts.Node, into: Map<string, ts.Node[]>): void {
  const name = declaredName(node);
  if (name !== undefined) into.set(name, [...(into.get(name) ?? []), node]);
  ts.forEachChild(node, (child) => countDeclarations(child, into));
}

/** The code a declaration's name is visible in. */
function scopeOf(declaration: ts.Node): ts.Node {
  if (ts.isFunctionExpression(declaration)) return declaration;
  if (ts.isParameter(declaration)) return declaration.parent;
  let node: ts.Node = declaration;
  while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))
    node = node.parent;
  if (ts.isParameter(node)) return node.parent;
  if (ts.isVariableDeclaration(node)) {
    const statement = node.parent.parent;
    return ts.isVariableStatement(statement) ? statement.parent : statement;
  }
  return node.parent;
}

function declaredName(node: ts.Node): string | undefined {
  if (
    (ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isParameter(node)) &&
    ts.isIdentifier(node.name)
  ) {
    return node.name.text;
  }
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.text;
  return undefined;
}

/** Is the declaration inside a block below a function body or the file (a branch, a loop, a `case`)? */
function isInNestedBlock(declaration: ts.Declaration | undefined): boolean {
  if (!declaration || ts.isParameter(declaration)) return false;
  let node: ts.Node = declaration;
  while (ts.isBindingElement(node) || ts.isObjectBindingPattern(node) || ts.isArrayBindingPattern(node))
    node = node.parent;
  if (ts.isVariableDeclaration(node)) {
    node = node.parent.parent;
    if (!ts.isVariableStatement(node)) return true; // declared in a loop's head
  }
  const container = node.parent;
  if (!container || ts.isSourceFile(container)) return false;
  if (ts.isBlock(container)) return !ts.isFunctionLike(container.parent);
  return !ts.isFunctionLike(container) && !ts.isModuleBlock(container);
}
