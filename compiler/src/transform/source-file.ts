// A whole file: imports and top-level declarations become one `let`, around the default export's value or, for a
// file without one, an attribute set of its named exports. The top level is a statement list like a function body
// (it may change variables, loop, branch); only bindings the result reaches are kept.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import { referencedNames } from "../nix/traverse.js";
import type { TransformContext } from "./context.js";
import { type Exits, Terminal } from "./statements/continuations.js";
import { lowerStatementList } from "./statements/statement-lists.js";
import { lowerFunctionLike } from "./visitors/functions.js";
import { FileExports } from "./exports.js";
import { lowerImport } from "./imports.js";
import { defaultExportCall } from "./modules/file-roles.js";

interface FileParts {
  readonly bindings: Binding[];
  readonly exports: FileExports;
}

export function lowerSourceFile(sourceFile: ts.SourceFile, ctx: TransformContext): Expr {
  const parts: FileParts = { bindings: [], exports: new FileExports(ctx) };
  for (const statement of sourceFile.statements) collectTopLevel(statement, parts, ctx);
  const exits: Exits = {
    next: new Terminal(() => parts.exports.defaultExport ?? parts.exports.attrset()),
    breakTo: undefined,
    continueTo: undefined,
    returnWith: (value) => value,
  };
  const lowered = lowerStatementList(sourceFile.statements, exits, ctx, (statement) =>
    lowerTopLevelOnly(statement, parts, ctx),
  );
  if (!parts.exports.defaultExport && parts.exports.isEmpty)
    ctx.report(sourceFile, Diagnostics.noDefaultExport());
  const helpers = ctx.helpers.definitions().map(({ name, value }) => nix.bind(name, value));
  const [own, body] = lowered.kind === "let" ? [lowered.bindings, lowered.body] : [[], lowered];
  const bindings = [...helpers, ...parts.bindings, ...own];
  const role = ctx.facts.fileRole(sourceFile);
  if ((role === "module" || role === "host") && body.kind === "lambda") {
    // The file is its module: everything it declares lives inside the module function, where `lib` is bound.
    return nix.lambda(body.param, nix.letIn(reachableBindings(bindings, body.body), body.body));
  }
  return nix.letIn(reachableBindings(bindings, body), body);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

/** What the top of a file says before any code runs: imports, and which names it exports. */
function collectTopLevel(statement: ts.Statement, parts: FileParts, ctx: TransformContext): void {
  if (ts.isImportDeclaration(statement)) return void parts.bindings.push(...lowerImport(statement, ctx));
  if (ts.isImportEqualsDeclaration(statement))
    return ctx.report(statement, Diagnostics.unsupportedImport(statement.getText()));
  if (ts.isExportDeclaration(statement)) return parts.exports.addExportDeclaration(statement);
  if (ts.isFunctionDeclaration(statement) && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
    const symbol = statement.name && ctx.checker.getSymbolAtLocation(statement.name);
    parts.exports.defaultExport = symbol
      ? nix.ident(ctx.naming.nameOf(symbol))
      : lowerFunctionLike(statement, ctx);
    return;
  }
  if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) parts.exports.addDeclarationExports(statement);
}

/** Statements only the top of a file has, which the statement list leaves to it (or that are collected already). */
function lowerTopLevelOnly(
  statement: ts.Statement,
  parts: FileParts,
  ctx: TransformContext,
): Binding[] | undefined {
  if (
    ts.isImportDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement) ||
    ts.isExportDeclaration(statement)
  )
    return [];
  if (!ts.isExportAssignment(statement)) return undefined;
  if (statement.isExportEquals) {
    ctx.report(statement, Diagnostics.exportNotSupported("`export =`"));
    return [];
  }
  // Evaluated where it stands, as in JS: it sees the versions of changed variables at this point.
  const flake =
    ctx.facts.fileRole(ctx.sourceFile) === "flake" ? defaultExportCall(ctx.sourceFile) : undefined;
  parts.exports.defaultExport =
    flake && ctx.facts.lowerFlake ? ctx.facts.lowerFlake(flake, ctx) : ctx.lower(statement.expression);
  return [];
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
