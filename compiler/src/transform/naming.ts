// Nix names for TypeScript bindings. A binding keeps its TS name when Nix can bind it without changing anything
// else's meaning; otherwise (keywords, base-scope names like `map` or `true`, `__sub`, `$`, non-ASCII, runtime
// helper names) it gets a fresh name. Temporaries get fresh names that no identifier in the file uses, so a
// generated `let` can never capture a user's reference.
import { ts } from "ts-morph";
import { isBindableName } from "../nix/names.js";

export class Naming {
  private readonly bySymbol = new Map<ts.Symbol, string>();
  /** Every identifier text in the file plus every name handed out: fresh names avoid all of them. */
  private readonly taken = new Set<string>();

  constructor(
    sourceFile: ts.SourceFile,
    /** Names reserved for generated code (runtime helpers, module arguments); user bindings never get them. */
    private readonly reserved: ReadonlySet<string>,
  ) {
    collectIdentifierTexts(sourceFile, this.taken);
    for (const name of reserved) this.taken.add(name);
  }

  /** The Nix name of a TypeScript binding, decided once per symbol. */
  nameOf(symbol: ts.Symbol): string {
    const known = this.bySymbol.get(symbol);
    if (known !== undefined) return known;
    const name = this.canKeep(symbol.name) ? symbol.name : this.fresh(sanitize(symbol.name));
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
