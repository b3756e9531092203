// Source maps from a generated .nix file back to its .ts source, per binding: every binding of the Nix AST (an
// attribute or a `let` name) is found where the printer put it, and the TypeScript that declared it (a property, a
// const, a function) is found by the same chain of names in the .ts file. A Nix position (line of the .nix file)
// then maps to the innermost binding that starts at or before it. Computed only when an error needs it, from the AST
// and text the build made, so building pays nothing for it.
import { ts } from "../typescript.js";
import type { Binding, Expr } from "../nix/ast.js";
import { mapChildren } from "../nix/traverse.js";
import { printAttrName } from "../printer/strings.js";

export interface SourceMapping {
  /** 1-based line of the binding's first key in the generated .nix file. */
  readonly nixLine: number;
  /** 1-based line and column of the TypeScript that declared it. */
  readonly tsLine: number;
  readonly tsColumn: number;
  /** The binding's names, outermost first (`["services", "nginx"]`). */
  readonly names: readonly string[];
}

interface NixBinding {
  readonly chain: readonly string[];
  /** The binding's own key, as printed (`services.nginx`, `"vm.swappiness"`). */
  readonly printed: string;
}

/** The static bindings of `ast` in the order they are printed, each with the names of the bindings around it. */
function bindingsInOrder(ast: Expr): NixBinding[] {
  const found: NixBinding[] = [];
  const visit = (expr: Expr, chain: readonly string[]): void => {
    if (expr.kind === "attrset" || expr.kind === "let") {
      for (const b of expr.bindings) visitBinding(b, chain);
      if (expr.kind === "let") visit(expr.body, chain);
      return;
    }
    mapChildren(expr, (child) => {
      visit(child, chain);
      return child;
    });
  };
  const visitBinding = (b: Binding, chain: readonly string[]): void => {
    if (b.kind === "inherit") {
      if (b.from) visit(b.from, chain);
      return;
    }
    const names = b.path.flatMap((k) => (k.kind === "static" ? [k.name] : []));
    if (names.length === b.path.length) {
      const own = [...chain, ...names];
      found.push({ chain: own, printed: names.map(printAttrName).join(".") });
      visit(b.value, own);
    } else {
      visit(b.value, chain);
    }
  };
  visit(ast, []);
  return found;
}

/** Where each binding's key is printed: searched forward in printing order, so each is found after the previous. */
function printedLines(text: string, bindings: readonly NixBinding[]): (number | undefined)[] {
  let cursor = 0;
  return bindings.map((b) => {
    const key = new RegExp(`(^|[\\s{;(])${escapeRegExp(b.printed)}\\s*=(?!=)`, "gm");
    key.lastIndex = cursor;
    const match = key.exec(text);
    if (!match) return undefined;
    const at = match.index + match[1]!.length;
    cursor = at + b.printed.length;
    return lineOf(text, at);
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What declares a name in TypeScript: a property, a variable, a function, with the names of the properties around it. */
interface TsDeclaration {
  readonly name: string;
  readonly node: ts.Node;
  readonly chain: readonly string[];
}

function declarationsOf(source: ts.SourceFile): TsDeclaration[] {
  const found: TsDeclaration[] = [];
  const visit = (node: ts.Node): void => {
    const named =
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node) ||
      ts.isVariableDeclaration(node) ||
      ts.isFunctionDeclaration(node)
        ? node.name
        : undefined;
    if (named && (ts.isIdentifier(named) || ts.isStringLiteral(named)))
      found.push({ name: named.text, node: named, chain: propertyChain(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names of the properties enclosing `node` (itself included), outermost first, across calls like mkIf(…). */
export function propertyChain(node: ts.Node): string[] {
  const chain: string[] = [];
  for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
    if (
      ts.isPropertyAssignment(at) ||
      ts.isShorthandPropertyAssignment(at) ||
      ts.isVariableDeclaration(at) ||
      ts.isFunctionDeclaration(at)
    ) {
      const name = at.name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) chain.unshift(name.text);
    }
  }
  return chain;
}

export function matchingSuffix(chain: readonly string[], names: readonly string[]): number {
  let score = 0;
  while (
    score < chain.length &&
    score < names.length &&
    chain[chain.length - 1 - score] === names[names.length - 1 - score]
  ) {
    score++;
  }
  return score;
}

/**
 * The TypeScript declaring each binding: the declaration of the binding's last name whose enclosing names match the
 * most of the binding's chain; among equals, the first one after the previous binding's (both files keep the order).
 */
export function sourceMapOf(ast: Expr, nixText: string, source: ts.SourceFile): SourceMapping[] {
  const bindings = bindingsInOrder(ast);
  const lines = printedLines(nixText, bindings);
  const declarations = declarationsOf(source);
  const mappings: SourceMapping[] = [];
  let after = 0;
  bindings.forEach((b, i) => {
    const nixLine = lines[i];
    if (nixLine === undefined) return;
    // A binding `a.b.c = …` is declared where its last name is.
    const last = b.chain[b.chain.length - 1];
    // Rank: more matching names first, then declarations after the previous binding's, then the earliest.
    const rank = (d: TsDeclaration): [number, number, number] => [
      matchingSuffix(d.chain, b.chain),
      d.node.pos >= after ? 1 : 0,
      -d.node.pos,
    ];
    let best: { declaration: TsDeclaration; rank: [number, number, number] } | undefined;
    for (const d of declarations) {
      if (d.name !== last) continue;
      const r = rank(d);
      if (!best || compareRanks(r, best.rank) > 0) best = { declaration: d, rank: r };
    }
    if (!best) return;
    const node = best.declaration.node;
    after = node.pos;
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    mappings.push({ nixLine, tsLine: line + 1, tsColumn: character + 1, names: b.chain });
  });
  return mappings;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The mapping of the innermost binding starting at or before `nixLine` (the last such in printing order). */
export function mappingAt(mappings: readonly SourceMapping[], nixLine: number): SourceMapping | undefined {
  let found: SourceMapping | undefined;
  for (const m of mappings) if (m.nixLine <= nixLine && (!found || m.nixLine >= found.nixLine)) found = m;
  return found;
}
