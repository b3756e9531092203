// Our Nix AST → the syntax nixfmt reads from the printed text. Every parenthesisation decision is made here, from the
// precedence table alone; the rest of the printer only lays out what this produces.
import type { AttrKey, BinOp, Binding, Expr, Param, Str, UnaryOp } from "../../nix/ast.js";
import { isBareAttrName } from "../../nix/names.js";
import { childExpressions, forEachPostOrder } from "../children.js";
import { formatNixInt, formatNormalFloat, subnormalFactors } from "../numbers.js";
import { Level, needsParentheses, needsParenthesesAsSelectBase, rawShape } from "../precedence.js";
import { escapeNixString, escapeStringPart } from "../strings.js";
import { flattenChain, isChainedInto, nixfmtOperation } from "./operator-chains.js";
import type { Binder, Expression, Parameter, Selector, StringPart, StringTerm, Term } from "./syntax.js";
import { parenthesized, termExpr } from "./syntax.js";

/** The syntax of `root` as printed. Built bottom-up without recursion: generated code can nest very deeply. */
export function syntaxOf(root: Expr): Expression {
  const converter = new Converter();
  forEachPostOrder<Expr>(root, childExpressions, (expr, parent) => {
    // Chain links are converted with their chain; converting them alone would make long chains quadratic.
    if (parent !== undefined && (isChainedInto(parent, expr) || isSelectedFrom(parent, expr))) return;
    converter.view(expr);
  });
  return converter.view(root);
}

const isSelectedFrom = (parent: Expr, child: Expr): boolean =>
  parent.kind === "select" && child === parent.expr && child.kind === "select" && child.default === undefined;

class Converter {
  private readonly views = new Map<Expr, Expression>();

  /** `expr` where any expression may stand: never parenthesised. */
  view(expr: Expr): Expression {
    let built = this.views.get(expr);
    if (built === undefined) {
      built = this.build(expr);
      this.views.set(expr, built);
    }
    return built;
  }

  /** `expr` in a context accepting levels up to `limit`, parenthesised when it is looser. */
  private operand(expr: Expr, limit: Level): Expression {
    return needsParentheses(expr, limit) ? termExpr(parenthesized(this.view(expr))) : this.view(expr);
  }

  /** A position only a term can take (argument, list element, selected value): at most a selection. */
  private term(expr: Expr): Term {
    return asTerm(this.operand(expr, Level.select));
  }

  private build(expr: Expr): Expression {
    switch (expr.kind) {
      case "ident":
        return token(expr.name, false);
      case "int":
        return token(formatNixInt(expr.value), true);
      case "float":
        return floatLiteral(expr.value);
      case "string":
        return termExpr(this.string(expr));
      case "path":
        return termExpr({ kind: "path", text: expr.text });
      case "list":
        return termExpr({ kind: "list", items: expr.items.map((item) => this.term(item)) });
      case "attrset":
        return termExpr({ kind: "set", recursive: expr.recursive, binders: this.binders(expr.bindings) });
      case "select":
        return this.select(expr);
      case "hasAttr":
        return {
          kind: "member check",
          expr: this.operand(expr.expr, Level.negate),
          path: this.path(expr.path),
        };
      case "lambda":
        return { kind: "abstraction", param: this.param(expr.param), body: this.view(expr.body) };
      case "apply": {
        // The function of a curried application is the application before it, unparenthesised.
        const fn = expr.fn.kind === "apply" ? this.view(expr.fn) : this.operand(expr.fn, Level.select);
        const arg = this.operand(expr.arg, Level.select);
        asTerm(arg); // juxtaposed: anything looser than a selection is parenthesised
        return { kind: "application", fn, arg };
      }
      case "let":
        return { kind: "let", binders: this.binders(expr.bindings), body: this.view(expr.body) };
      case "with":
        return { kind: "with", scope: this.view(expr.scope), body: this.view(expr.body) };
      case "assert":
        return { kind: "assert", condition: this.view(expr.condition), body: this.view(expr.body) };
      case "if":
        return {
          kind: "if",
          condition: this.view(expr.condition),
          then: this.view(expr.then),
          else: this.view(expr.else),
        };
      case "binop":
        return this.operationChain(expr);
      case "unary":
        return this.unary(expr);
      case "raw":
        return termExpr(rawTerm(expr.text));
    }
  }

  private operationChain(expr: BinOp): Expression {
    const { first, firstLimit, links } = flattenChain(expr);
    const operands = [this.operand(first, firstLimit), ...links.map((l) => this.operand(l.operand, l.limit))];
    return nixfmtOperation(
      operands,
      links.map((l) => l.op),
    );
  }

  private unary(expr: UnaryOp): Expression {
    if (expr.op === "-") {
      // Nix reads `-./a` and `-/a` as one path (a path may start with `-`), and nixfmt turns `- ./a` into `-./a`:
      // only parentheses keep a negated path apart from its minus.
      const operand =
        expr.operand.kind === "path" ? termExpr(parenthesized(this.view(expr.operand))) : undefined;
      return { kind: "negation", expr: operand ?? this.operand(expr.operand, Level.select) };
    }
    // `!!x` needs no parentheses; `!` takes applications and negations bare (`!lib.isList x`).
    const operand =
      expr.operand.kind === "unary" && expr.operand.op === "!"
        ? this.view(expr.operand)
        : this.operand(expr.operand, Level.negate);
    return { kind: "inversion", expr: operand };
  }

  /** `e.a.b or d`; a chain of plain selections is one path, since `(x.a).b` means `x.a.b`. */
  private select(expr: Expr & { kind: "select" }): Expression {
    const segments: (readonly AttrKey[])[] = [expr.path];
    let base = expr.expr;
    while (base.kind === "select" && base.default === undefined) {
      segments.push(base.path);
      base = base.expr;
    }
    const term = needsParenthesesAsSelectBase(base)
      ? parenthesized(this.view(base))
      : asTerm(this.view(base));
    const fallback = expr.default === undefined ? undefined : this.term(expr.default);
    return termExpr({
      kind: "selection",
      term,
      selectors: this.path(segments.reverse().flat()),
      default: fallback,
    });
  }

  /** Adjacent literal parts are joined first, so that escaping sees the real neighbours. */
  private string(e: Str): StringTerm {
    const parts: StringPart[] = [];
    let pending = "";
    for (const part of e.parts) {
      if (typeof part === "string") {
        pending += part;
        continue;
      }
      const text = escapeStringPart(pending, true);
      if (text !== "") parts.push(text);
      parts.push({ kind: "interpolation", expr: this.view(part) });
      pending = "";
    }
    const text = escapeStringPart(pending, false);
    if (text !== "") parts.push(text);
    return { kind: "string", parts };
  }

  private binders(bindings: readonly Binding[]): Binder[] {
    return bindings.map((b) =>
      b.kind === "binding"
        ? { kind: "assignment", path: this.path(b.path), value: this.view(b.value) }
        : {
            kind: "inherit",
            from: b.from === undefined ? undefined : parenthesized(this.view(b.from)),
            names: b.names.map(nameSelector),
          },
    );
  }

  private path(keys: readonly AttrKey[]): Selector[] {
    return keys.map((key) => {
      if (key.kind === "static") return nameSelector(key.name);
      // A string is already a valid key (`a."b${c}"`); `${"…"}` around it would only add noise.
      if (key.expr.kind === "string") return this.string(key.expr);
      return { kind: "interpolation", expr: this.view(key.expr) };
    });
  }

  private param(param: Param): Parameter {
    if (param.kind === "identParam") return { kind: "name", name: param.name };
    const pattern: Parameter = {
      kind: "pattern",
      attrs: param.fields.map((f) => ({
        name: f.name,
        default: f.default === undefined ? undefined : this.view(f.default),
      })),
      ellipsis: param.ellipsis,
    };
    return param.bind === undefined ? pattern : { kind: "bound pattern", name: param.bind, pattern };
  }
}

/** A float literal; a subnormal one is the product of two normal ones, in parentheses. */
function floatLiteral(value: number): Expression {
  const factors = subnormalFactors(value);
  if (factors === undefined) return token(formatNormalFloat(value), true);
  const product: Expression = {
    kind: "operation",
    left: token(factors[0], true),
    op: "*",
    right: token(factors[1], true),
  };
  return termExpr(parenthesized(product));
}

const token = (text: string, isNumber: boolean): Expression =>
  termExpr({ kind: "token", text, type: isNumber ? "number" : "identifier" });

function asTerm(e: Expression): Term {
  if (e.kind !== "term")
    throw new Error(`internal: a ${e.kind} where the precedence table allows only terms`);
  return e.term;
}

/** A static attribute name: bare when Nix allows it (`a-b`), quoted otherwise (`"a.b"`, `"if"`, `""`). */
function nameSelector(name: string): Selector {
  if (isBareAttrName(name)) return { kind: "name", name };
  const text = escapeNixString(name);
  return { kind: "string", parts: text === "" ? [] : [text] };
}

/** Raw Nix text: one identifier, a plain string, a dotted identifier path, or anything else, kept verbatim. */
function rawTerm(text: string): Term {
  switch (rawShape(text)) {
    case "atom":
      if (!text.startsWith('"')) return { kind: "token", text, type: "identifier" };
      return { kind: "string", parts: text.length > 2 ? [text.slice(1, -1)] : [] };
    case "selection": {
      const [first, ...rest] = text.split(".");
      const selectors: Selector[] = rest.map((name) => ({ kind: "name", name }));
      return {
        kind: "selection",
        term: { kind: "token", text: first!, type: "identifier" },
        selectors,
        default: undefined,
      };
    }
    case "other":
      return { kind: "verbatim", text };
  }
}
