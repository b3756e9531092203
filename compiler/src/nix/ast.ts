// The Nix abstract syntax tree: readonly data with a `kind` discriminant, built only through the constructors below.
// Modelled on rnix/nil: no parenthesis node (the printer decides parentheses from precedence) and no layout.

export type Expr =
  | Ident
  | IntLit
  | FloatLit
  | Str
  | PathLit
  | List
  | AttrSet
  | Select
  | HasAttr
  | Lambda
  | Apply
  | LetIn
  | With
  | Assert
  | If
  | BinOp
  | UnaryOp
  | Raw;

export type ExprKind = Expr["kind"];

export interface Ident {
  readonly kind: "ident";
  readonly name: string;
}

/** A non-negative integer literal; negative numbers are `UnaryOp("-", IntLit)`, as in Nix itself. */
export interface IntLit {
  readonly kind: "int";
  readonly value: bigint;
}

/** A non-negative float literal, finite. The printer always writes it with a dot. */
export interface FloatLit {
  readonly kind: "float";
  readonly value: number;
}

/** A double-quoted string; parts are literal text or `${…}` interpolations. */
export interface Str {
  readonly kind: "string";
  readonly parts: readonly StrPart[];
}
export type StrPart = string | Expr;

/** A path literal such as `./hardware.nix` (text as written, must start with `./`, `../` or `/`). */
export interface PathLit {
  readonly kind: "path";
  readonly text: string;
}

export interface List {
  readonly kind: "list";
  readonly items: readonly Expr[];
}

export interface AttrSet {
  readonly kind: "attrset";
  readonly recursive: boolean;
  readonly bindings: readonly Binding[];
}

export type Binding = AttrBinding | Inherit;

/** `a.b."c d".${e} = value;` */
export interface AttrBinding {
  readonly kind: "binding";
  readonly path: readonly AttrKey[];
  readonly value: Expr;
}

/** `inherit a b;` or `inherit (from) a b;` */
export interface Inherit {
  readonly kind: "inherit";
  readonly from: Expr | undefined;
  readonly names: readonly string[];
}

/**
 * One element of an attribute path. A static name is printed bare when it is a valid identifier and not a keyword,
 * quoted otherwise; a dynamic key is printed as `${expr}` (or as the string itself when `expr` is a string).
 */
export type AttrKey = StaticKey | DynamicKey;
export interface StaticKey {
  readonly kind: "static";
  readonly name: string;
}
export interface DynamicKey {
  readonly kind: "dynamic";
  readonly expr: Expr;
}

/** `e.a.b` or `e.a.b or default` */
export interface Select {
  readonly kind: "select";
  readonly expr: Expr;
  readonly path: readonly AttrKey[];
  readonly default: Expr | undefined;
}

/** `e ? a.b` */
export interface HasAttr {
  readonly kind: "hasAttr";
  readonly expr: Expr;
  readonly path: readonly AttrKey[];
}

export interface Lambda {
  readonly kind: "lambda";
  readonly param: Param;
  readonly body: Expr;
}

export type Param = IdentParam | PatternParam;
export interface IdentParam {
  readonly kind: "identParam";
  readonly name: string;
}
/** `{ a, b ? 1, ... } @ args` */
export interface PatternParam {
  readonly kind: "patternParam";
  readonly fields: readonly PatternField[];
  readonly ellipsis: boolean;
  readonly bind: string | undefined;
}
export interface PatternField {
  readonly name: string;
  readonly default: Expr | undefined;
}

/** Function application of one argument; `f a b` is `Apply(Apply(f, a), b)`. */
export interface Apply {
  readonly kind: "apply";
  readonly fn: Expr;
  readonly arg: Expr;
}

export interface LetIn {
  readonly kind: "let";
  readonly bindings: readonly Binding[];
  readonly body: Expr;
}

export interface With {
  readonly kind: "with";
  readonly scope: Expr;
  readonly body: Expr;
}

export interface Assert {
  readonly kind: "assert";
  readonly condition: Expr;
  readonly body: Expr;
}

export interface If {
  readonly kind: "if";
  readonly condition: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

export type BinaryOperator =
  "++" | "*" | "/" | "+" | "-" | "//" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||" | "->";

export interface BinOp {
  readonly kind: "binop";
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export type UnaryOperator = "-" | "!";
export interface UnaryOp {
  readonly kind: "unary";
  readonly op: UnaryOperator;
  readonly operand: Expr;
}

/**
 * Nix text written by the user through the raw-Nix escape hatch. Opaque to the compiler's passes (they see only
 * `references`); the printer prints `parsed` like compiled code, or, where the text has comments the AST cannot
 * hold, the text as written, parenthesised unless atomic.
 */
export interface Raw {
  readonly kind: "raw";
  readonly text: string;
  /** Names the text refers to (TypeScript values spliced in by name), so that their bindings are kept. */
  readonly references?: readonly string[];
  /** The text parsed (nix/parse), when it is to be printed as compiled code. */
  readonly parsed?: Expr;
}

// ---------------------------------------------------------------------------------------------------------------
// Constructors — the only way the rest of the compiler builds nodes.

export const ident = (name: string): Ident => ({ kind: "ident", name });

export function int(value: bigint | number): Expr {
  const v = typeof value === "bigint" ? value : BigInt(value);
  if (v < 0n) return unary("-", { kind: "int", value: -v });
  return { kind: "int", value: v };
}

export function float(value: number): Expr {
  if (!Number.isFinite(value)) throw new Error(`internal: non-finite float literal ${value}`);
  if (value < 0 || Object.is(value, -0)) return unary("-", { kind: "float", value: -value });
  return { kind: "float", value };
}

/** A string literal; adjacent literal parts are merged so the AST stays canonical. */
export function str(...parts: readonly StrPart[]): Str {
  const merged: StrPart[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      if (part === "") continue;
      const last = merged[merged.length - 1];
      if (typeof last === "string") merged[merged.length - 1] = last + part;
      else merged.push(part);
    } else if (part.kind === "string") {
      for (const inner of part.parts) pushPart(merged, inner);
    } else {
      merged.push(part);
    }
  }
  return { kind: "string", parts: merged };
}
function pushPart(merged: StrPart[], part: StrPart): void {
  const last = merged[merged.length - 1];
  if (typeof part === "string" && typeof last === "string") merged[merged.length - 1] = last + part;
  else if (part !== "") merged.push(part);
}

export const path = (text: string): PathLit => ({ kind: "path", text });
export const list = (items: readonly Expr[]): List => ({ kind: "list", items });

export const attrs = (bindings: readonly Binding[], recursive = false): AttrSet => ({
  kind: "attrset",
  recursive,
  bindings,
});

export const staticKey = (name: string): StaticKey => ({ kind: "static", name });
export const dynamicKey = (expr: Expr): DynamicKey => ({ kind: "dynamic", expr });
/** Turns plain names into static keys: `keys("a", "b")` is the path `a.b`. */
export const keys = (...names: readonly string[]): readonly AttrKey[] => names.map(staticKey);

export const bind = (path: readonly AttrKey[] | string, value: Expr): AttrBinding => ({
  kind: "binding",
  path: typeof path === "string" ? [staticKey(path)] : path,
  value,
});
export const inherit = (names: readonly string[], from?: Expr): Inherit => ({ kind: "inherit", from, names });

export const select = (expr: Expr, path: readonly AttrKey[] | string, fallback?: Expr): Select => ({
  kind: "select",
  expr,
  path: typeof path === "string" ? [staticKey(path)] : path,
  default: fallback,
});
export const hasAttr = (expr: Expr, path: readonly AttrKey[] | string): HasAttr => ({
  kind: "hasAttr",
  expr,
  path: typeof path === "string" ? [staticKey(path)] : path,
});

export const identParam = (name: string): IdentParam => ({ kind: "identParam", name });
export const patternParam = (
  fields: readonly PatternField[],
  options: { ellipsis?: boolean; bind?: string } = {},
): PatternParam => ({ kind: "patternParam", fields, ellipsis: options.ellipsis ?? true, bind: options.bind });
export const field = (name: string, fallback?: Expr): PatternField => ({ name, default: fallback });

export const lambda = (param: Param | string, body: Expr): Lambda => ({
  kind: "lambda",
  param: typeof param === "string" ? identParam(param) : param,
  body,
});

/** `fn a b c`: curried application of several arguments. */
export function apply(fn: Expr, ...args: readonly Expr[]): Expr {
  return args.reduce<Expr>((f, arg) => ({ kind: "apply", fn: f, arg }), fn);
}

/** `let … in body`; with no bindings this is just `body`. */
export const letIn = (bindings: readonly Binding[], body: Expr): Expr =>
  bindings.length === 0 ? body : { kind: "let", bindings, body };

export const withScope = (scope: Expr, body: Expr): With => ({ kind: "with", scope, body });
export const assertThen = (condition: Expr, body: Expr): Assert => ({ kind: "assert", condition, body });
export const ifThenElse = (condition: Expr, then: Expr, otherwise: Expr): If => ({
  kind: "if",
  condition,
  then,
  else: otherwise,
});
export const binop = (op: BinaryOperator, left: Expr, right: Expr): BinOp => ({
  kind: "binop",
  op,
  left,
  right,
});
export const unary = (op: UnaryOperator, operand: Expr): UnaryOp => ({ kind: "unary", op, operand });
export const raw = (text: string, references: readonly string[] = [], parsed?: Expr): Raw => ({
  kind: "raw",
  text,
  ...(references.length === 0 ? {} : { references }),
  ...(parsed === undefined ? {} : { parsed }),
});

// Frequently used shapes.
export const TRUE = ident("true");
export const FALSE = ident("false");
export const NULL = ident("null");
export const bool = (value: boolean): Ident => (value ? TRUE : FALSE);
/** `builtins.name` */
export const builtin = (name: string): Select => select(ident("builtins"), name);
/** `builtins.name a b …` */
export const callBuiltin = (name: string, ...args: readonly Expr[]): Expr => apply(builtin(name), ...args);
export const not = (operand: Expr): UnaryOp => unary("!", operand);
export const throwError = (message: string): Expr => apply(ident("throw"), str(message));

/** Exhaustiveness helper for switches over node kinds. */
export function assertNever(value: never, what = "node"): never {
  throw new Error(`internal: unexpected ${what} ${JSON.stringify(value)}`);
}
