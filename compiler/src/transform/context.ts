// The state one file's lowering shares: checker, diagnostics, naming, runtime helpers, and the dispatch into the
// visitor table. Visitors receive it and call back into `lower` for sub-expressions.
import { ts } from "../typescript.js";
import type { DiagnosticTemplate } from "../diagnostics/diagnostic.js";
import { DiagnosticBag } from "../diagnostics/diagnostic.js";
import { Diagnostics } from "../diagnostics/codes.js";
import * as nix from "../nix/ast.js";
import type { Expr } from "../nix/ast.js";
import type { Naming } from "./naming.js";
import type { NumberKinds } from "./number-kind.js";
import type { HelperUsage } from "./runtime/helper-registry.js";
import { typeToString } from "./type-queries.js";
import { checkHiddenUndefinedMembers } from "./hidden-members.js";

export type ExpressionVisitor<N extends ts.Node = ts.Node> = (node: N, ctx: TransformContext) => Expr;

/** SyntaxKind → visitor. Each family file contributes a partial table; see visitor-table.ts. */
export type VisitorTable = { readonly [K in ts.SyntaxKind]?: ExpressionVisitor<never> };

export interface FileFacts {
  /** Is `file` a tsnix library file (calls into it are lowered from a table, not compiled)? */
  readonly isLibraryFile: (file: ts.SourceFile) => boolean;
  /** How another user file compiles: to its default export's value, or to an attrset of its named exports. */
  readonly moduleShape: (file: ts.SourceFile) => "default" | "exports";
  /** The Nix path (a path literal or `./. + "/…"`) by which the output of `from` imports the output of `to`. */
  readonly importPath: (from: ts.SourceFile, to: ts.SourceFile) => Expr;
  /** What a file is to a project: a module or host (its value is a module), the flake, or anything else. */
  readonly fileRole: (file: ts.SourceFile) => FileRole;
  /** Whether `lib` is at hand in this file, so `mkIf` & co. lower to `lib.mkIf` rather than the sets they build. */
  readonly libraryCalls: (file: ts.SourceFile) => boolean;
  /** The Nix path by which the output of `from` refers to a file that is not compiled (a `path()` target). */
  readonly filePath: (from: ts.SourceFile, absoluteFile: string) => Expr;
  /** Bindings of module arguments (`config`, `pkgs`, …) in any file: their values are NixOS's own. */
  readonly moduleArguments: Set<ts.Symbol>;
  /** How NixOS names the file in messages (`_file`): its path relative to the project. */
  readonly sourceLabel: (file: ts.SourceFile) => string;
  /** In a project build: lowers flake.ts's `defineFlake(…)` to the flake's outputs (absent: not a project). */
  readonly lowerFlake?: (call: ts.CallExpression, ctx: TransformContext) => Expr;
}

/** A file whose default export is `defineModule(…)` is a module, `defineHost(…)` a host, `defineFlake(…)` the flake. */
export type FileRole = "module" | "host" | "flake" | "other";
/**
 * The value a changed local variable has at a program point: a Nix name bound to it, or — before anything binds
 * the name — a literal (`let total = 0` emits no binding until `total` changes; reads see `0`).
 */
export interface Version {
  readonly name: string;
  readonly literal?: Expr;
  /** For a literal: the statement list that declared the variable; only a change there takes the unbound name. */
  readonly home?: object;
}

export class TransformContext {
  /** The current version of each local variable that changes (see statements/); others are their own names. */
  versions: ReadonlyMap<ts.Symbol, Version> = new Map();
  /** The statement list being lowered (an identity token, see Version.home). */
  statementList: object | undefined = undefined;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly sourceFile: ts.SourceFile,
    readonly diagnostics: DiagnosticBag,
    readonly naming: Naming,
    readonly helpers: HelperUsage,
    readonly facts: FileFacts,
    readonly numbers: NumberKinds,
    private readonly visitors: VisitorTable,
  ) {}

  /** The `import ./x.nix` expressions this file's lowering built, by the file they import. */
  readonly fileImports: { readonly file: string; readonly expr: Expr }[] = [];

  /** Absolute paths of the files `path("./x.nix")` calls in this file name. */
  readonly referencedPaths: string[] = [];

  /** How many module functions enclose the code being lowered (each binds `lib`). */
  private moduleDepth = 0;

  /** Whether the code being lowered is inside a module function (or a module or host file, which is one). */
  get inModuleFunction(): boolean {
    const role = this.facts.fileRole(this.sourceFile);
    return this.moduleDepth > 0 || role === "module" || role === "host";
  }

  /** Whether `lib` is at hand here: inside a module function, or in a file whose lowering binds it. */
  get libraryCalls(): boolean {
    return this.moduleDepth > 0 || this.facts.libraryCalls(this.sourceFile);
  }

  /** Lower the parts of a module function, inside which `lib` is one of the arguments. */
  withModuleScope<T>(lower: () => T): T {
    this.moduleDepth++;
    try {
      return lower();
    } finally {
      this.moduleDepth--;
    }
  }

  /** Lower an expression through the visitor table; unknown syntax is reported and replaced by a placeholder. */
  lower(node: ts.Expression): Expr {
    const visitor = this.visitors[node.kind] as ExpressionVisitor | undefined;
    if (!visitor) return this.fail(node, Diagnostics.unsupportedSyntax(describeSyntax(node)));
    checkHiddenUndefinedMembers(node, this);
    return visitor(node, this);
  }

  /** Report a diagnostic at `node` and return a placeholder so lowering can go on and find further problems. */
  fail(node: ts.Node, template: DiagnosticTemplate): Expr {
    this.diagnostics.report(node, template);
    return placeholder();
  }

  report(node: ts.Node, template: DiagnosticTemplate): void {
    this.diagnostics.report(node, template);
  }

  typeOf(node: ts.Node): ts.Type {
    return this.checker.getTypeAtLocation(node);
  }

  typeText(nodeOrType: ts.Node | ts.Type): string {
    const type = "kind" in nodeOrType ? this.typeOf(nodeOrType) : nodeOrType;
    return typeToString(this.checker, type);
  }

  /** The symbol an identifier refers to, looking through shorthand properties (`{ a }`). */
  symbolOf(node: ts.Node): ts.Symbol | undefined {
    if (ts.isShorthandPropertyAssignment(node)) return this.checker.getShorthandAssignmentValueSymbol(node);
    return this.checker.getSymbolAtLocation(node);
  }

  /** The expression reading a local binding at this program point: its current version, or its Nix name. */
  readBinding(symbol: ts.Symbol): Expr {
    const version = this.versions.get(symbol);
    if (!version) return nix.ident(this.naming.nameOf(symbol));
    return version.literal ?? nix.ident(version.name);
  }

  /** Run `body` with `versions` in place, restoring the current ones afterwards. */
  withVersions<T>(versions: ReadonlyMap<ts.Symbol, Version>, body: () => T): T {
    const saved = this.versions;
    this.versions = versions;
    try {
      return body();
    } finally {
      this.versions = saved;
    }
  }

  /** A generated one-parameter function whose parameter cannot capture any user name. */
  lambda(hint: string, body: (param: Expr) => Expr): Expr {
    const name = this.naming.fresh(hint);
    return nix.lambda(name, body(nix.ident(name)));
  }

  /**
   * Evaluate `value` once: atoms are used as they are, anything else is bound to a fresh name by a `let`
   * around what `body` builds.
   */
  bindOnce(value: Expr, hint: string, body: (ref: Expr) => Expr): Expr {
    if (isAtomic(value)) return body(value);
    const name = this.naming.fresh(hint);
    return nix.letIn([nix.bind(name, value)], body(nix.ident(name)));
  }
}

/** Cheap and side-effect free to repeat: identifiers, literals and selects of identifiers. */
export function isAtomic(expr: Expr): boolean {
  switch (expr.kind) {
    case "ident":
    case "int":
    case "float":
    case "path":
      return true;
    case "string":
      return expr.parts.every((p) => typeof p === "string");
    case "select":
      return (
        expr.default === undefined &&
        expr.expr.kind === "ident" &&
        expr.path.every((k) => k.kind === "static")
      );
    default:
      return false;
  }
}

/** Stands in for something that could not be lowered; never printed, since files with errors are not written. */
export function placeholder(): Expr {
  return nix.throwError("tsnix: this expression could not be compiled");
}

export function describeSyntax(node: ts.Node): string {
  const name = ts.SyntaxKind[node.kind] ?? "this syntax";
  const spaced = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `The ${spaced} syntax`;
}
