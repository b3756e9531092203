// The printed program as nixfmt's parser reads it (src/Nixfmt/Types.hs without trivia): terms and expressions, with
// the parentheses the precedence table asked for, operator chains grouped the way nixfmt's grammar groups them, and
// attribute paths, strings and patterns split into the pieces nixfmt formats one by one.

export type Term =
  | Token
  | StringTerm
  | { readonly kind: "path"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly Term[] }
  | { readonly kind: "set"; readonly recursive: boolean; readonly binders: readonly Binder[] }
  | Selection
  | Parenthesized
  /** Raw Nix from the escape hatch that is not one token: printed in parentheses, verbatim. */
  | { readonly kind: "verbatim"; readonly text: string };

/** An identifier, a number literal, or (only inside the printer) a keyword laid out like a function. */
export interface Token {
  readonly kind: "token";
  readonly text: string;
  readonly type: "identifier" | "number" | "keyword";
}

/** `"…"`: literal parts as printed (escaped), and interpolations. Never spans lines: newlines are escaped. */
export interface StringTerm {
  readonly kind: "string";
  readonly parts: readonly StringPart[];
}
export type StringPart = string | Interpolation;
export interface Interpolation {
  readonly kind: "interpolation";
  readonly expr: Expression;
}

/** `term.a.b or default` */
export interface Selection {
  readonly kind: "selection";
  readonly term: Term;
  readonly selectors: readonly Selector[];
  readonly default: Term | undefined;
}

export interface Parenthesized {
  readonly kind: "parenthesized";
  readonly expr: Expression;
}

/** One attribute name: `a`, `"a b"` or `${e}` (nixfmt's `SimpleSelector`). */
export type Selector = { readonly kind: "name"; readonly name: string } | StringTerm | Interpolation;

export type Binder =
  | { readonly kind: "inherit"; readonly from: Term | undefined; readonly names: readonly Selector[] }
  | { readonly kind: "assignment"; readonly path: readonly Selector[]; readonly value: Expression };

export type Expression =
  | { readonly kind: "term"; readonly term: Term }
  | { readonly kind: "with"; readonly scope: Expression; readonly body: Expression }
  | { readonly kind: "let"; readonly binders: readonly Binder[]; readonly body: Expression }
  | { readonly kind: "assert"; readonly condition: Expression; readonly body: Expression }
  | If
  | Abstraction
  | Application
  | Operation
  | { readonly kind: "member check"; readonly expr: Expression; readonly path: readonly Selector[] }
  | { readonly kind: "negation"; readonly expr: Expression }
  | { readonly kind: "inversion"; readonly expr: Expression };

export interface If {
  readonly kind: "if";
  readonly condition: Expression;
  readonly then: Expression;
  readonly else: Expression;
}

export interface Abstraction {
  readonly kind: "abstraction";
  readonly param: Parameter;
  readonly body: Expression;
}

export type Parameter =
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "pattern"; readonly attrs: readonly ParamAttr[]; readonly ellipsis: boolean }
  | { readonly kind: "bound pattern"; readonly name: string; readonly pattern: Parameter };

export interface ParamAttr {
  readonly name: string;
  readonly default: Expression | undefined;
}

export interface Application {
  readonly kind: "application";
  readonly fn: Expression;
  readonly arg: Expression;
}

/** A binary operator; the operator is its token text. */
export interface Operation {
  readonly kind: "operation";
  readonly left: Expression;
  readonly op: string;
  readonly right: Expression;
}

export type Node = Term | Expression;

export const termExpr = (term: Term): Expression => ({ kind: "term", term });
export const parenthesized = (expr: Expression): Parenthesized => ({ kind: "parenthesized", expr });
