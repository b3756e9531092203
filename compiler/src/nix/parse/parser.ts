// A Nix expression parser following Nix 2.8's grammar (src/libexpr/parser.y): precedence climbing over the
// operator table the printer uses, recursive descent for the rest. It builds our AST, so Nix written by hand reaches
// the printer as compiled code does; it keeps no comments and no layout, only whether it met a comment.
import * as N from "../ast.js";
import type { AttrKey, BinaryOperator, Binding, Expr, Param, PatternField, StrPart } from "../ast.js";
import { Level, binaryOperator } from "../../printer/precedence.js";
import { NixSyntaxError, PATH_PART, type Token, scanToken, skipTrivia } from "./lexer.js";
import { type IndentedPiece, stripIndentation, unescapeDoubleQuoted } from "./strings.js";

export interface ParsedNix {
  readonly expr: Expr;
  /** Whether the text has comments, which the AST cannot hold. */
  readonly hasComments: boolean;
}

/** Parses one Nix expression; throws NixSyntaxError (with an offset into `text`) when it is not one. */
export function parseNix(text: string): ParsedNix {
  const parser = new Parser(text);
  const expr = parser.expression();
  parser.expectEnd();
  return { expr, hasComments: parser.hasComments };
}

const BINARY: ReadonlySet<string> = new Set([
  "++",
  "*",
  "/",
  "+",
  "-",
  "//",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "->",
]);
const MAX_INT = (1n << 63n) - 1n;

class Parser {
  hasComments = false;
  private pos = 0;
  private cached: Token | undefined;

  constructor(private readonly text: string) {}

  // --- tokens ---------------------------------------------------------------------------------------------------

  private peek(): Token {
    if (this.cached === undefined) {
      const trivia = skipTrivia(this.text, this.pos);
      if (trivia.comment) this.hasComments = true;
      this.cached = scanToken(this.text, trivia.pos);
    }
    return this.cached;
  }

  private next(): Token {
    const token = this.peek();
    this.pos = token.end;
    this.cached = undefined;
    return token;
  }

  private isOp(text: string, token = this.peek()): boolean {
    return token.type === "op" && token.text === text;
  }
  private isKeyword(text: string, token = this.peek()): boolean {
    return token.type === "keyword" && token.text === text;
  }

  private expect(text: string): Token {
    const token = this.peek();
    if ((token.type === "op" || token.type === "keyword") && token.text === text) return this.next();
    throw this.unexpected(`'${text}'`);
  }

  private unexpected(wanted: string): NixSyntaxError {
    const token = this.peek();
    const found = token.type === "eof" ? "the end of the text" : `'${token.text}'`;
    return new NixSyntaxError(`expected ${wanted}, found ${found}`, token.start);
  }

  expectEnd(): void {
    if (this.peek().type !== "eof") throw this.unexpected("the end of the expression");
  }

  // --- expressions ------------------------------------------------------------------------------------------------

  /** `expr`: a function, `let`, `with`, `assert`, `if`, or an operator expression. */
  expression(): Expr {
    const token = this.peek();
    if (token.type === "keyword") {
      switch (token.text) {
        case "let":
          return this.letIn();
        case "with": {
          this.next();
          const scope = this.expression();
          this.expect(";");
          return N.withScope(scope, this.expression());
        }
        case "assert": {
          this.next();
          const condition = this.expression();
          this.expect(";");
          return N.assertThen(condition, this.expression());
        }
        case "if": {
          this.next();
          const condition = this.expression();
          this.expect("then");
          const then = this.expression();
          this.expect("else");
          return N.ifThenElse(condition, then, this.expression());
        }
      }
    }
    const param = this.lambdaParameter();
    if (param !== undefined) return N.lambda(param, this.expression());
    return this.operation(Level.implication);
  }

  private letIn(): Expr {
    this.expect("let");
    if (this.isOp("{"))
      throw new NixSyntaxError("the old `let { … }` syntax is not supported", this.peek().start);
    const bindings = this.bindings("in");
    this.expect("in");
    return N.letIn(bindings, this.expression());
  }

  /** Binary and unary operators up to `limit`, by precedence climbing. */
  private operation(limit: Level): Expr {
    let left = this.prefixed();
    let lastNonAssociative: Level | undefined;
    for (;;) {
      const token = this.peek();
      if (token.type !== "op") return left;
      if (token.text === "?") {
        if (Level.hasAttr > limit) return left;
        if (lastNonAssociative === Level.hasAttr) throw this.unexpected("an operator other than '?'");
        this.next();
        left = N.hasAttr(left, this.attrPath());
        lastNonAssociative = Level.hasAttr;
        continue;
      }
      if (!BINARY.has(token.text)) return left;
      const op = token.text as BinaryOperator;
      const { level, associativity } = binaryOperator(op);
      if (level > limit) return left;
      if (associativity === "none" && lastNonAssociative === level)
        throw new NixSyntaxError(`'${op}' is not associative; add parentheses`, token.start);
      this.next();
      const right = this.operation(associativity === "right" ? level : ((level - 1) as Level));
      left = N.binop(op, left, right);
      lastNonAssociative = associativity === "none" ? level : undefined;
    }
  }

  /** `-e` (binds looser than application), `!e` (looser than `+`), or an application. */
  private prefixed(): Expr {
    if (this.isOp("-")) {
      this.next();
      return N.unary("-", this.operation(Level.negate));
    }
    if (this.isOp("!")) {
      this.next();
      return N.unary("!", this.operation(Level.add));
    }
    return this.application();
  }

  private application(): Expr {
    let fn = this.selection();
    while (this.startsTerm(this.peek())) fn = N.apply(fn, this.selection());
    return fn;
  }

  private startsTerm(token: Token): boolean {
    switch (token.type) {
      case "id":
      case "int":
      case "float":
      case "path":
      case "hpath":
      case "spath":
      case "uri":
      case "pathStart":
        return true;
      case "keyword":
        return token.text === "rec";
      case "op":
        return ["(", "[", "{", '"', "''"].includes(token.text);
      case "eof":
        return false;
    }
  }

  /** `term`, `term.a.b`, `term.a.b or default`, and Nix's `f or` (a function named `or`). */
  private selection(): Expr {
    const term = this.term();
    if (this.isOp(".")) {
      this.next();
      const path = this.attrPath();
      if (this.isKeyword("or")) {
        this.next();
        return N.select(term, path, this.selection());
      }
      return N.select(term, path);
    }
    if (this.isKeyword("or")) {
      this.next();
      return N.apply(term, N.ident("or"));
    }
    return term;
  }

  private term(): Expr {
    const token = this.peek();
    switch (token.type) {
      case "id":
        this.next();
        return N.ident(token.text);
      case "int": {
        this.next();
        const value = BigInt(token.text);
        if (value > MAX_INT)
          throw new NixSyntaxError(`integer ${token.text} is too large for Nix`, token.start);
        return N.int(value);
      }
      case "float": {
        this.next();
        const value = Number(token.text);
        if (!Number.isFinite(value))
          throw new NixSyntaxError(`float ${token.text} is out of range`, token.start);
        return N.float(value);
      }
      case "path":
      case "hpath":
      case "spath":
        this.next();
        return N.path(token.text);
      case "pathStart":
        return this.interpolatedPath();
      case "uri":
        // A URI literal is a string to Nix.
        this.next();
        return N.str(token.text);
      case "keyword":
        if (token.text === "rec") {
          this.next();
          return this.attrSet(true);
        }
        if (token.text === "let")
          throw new NixSyntaxError("the old `let { … }` syntax is not supported", token.start);
        break;
      case "op":
        switch (token.text) {
          case "(": {
            this.next();
            const inner = this.expression();
            this.expect(")");
            return inner;
          }
          case "[": {
            this.next();
            const items: Expr[] = [];
            while (!this.isOp("]")) {
              if (!this.startsTerm(this.peek())) throw this.unexpected("a list element or ']'");
              items.push(this.selection());
            }
            this.next();
            return N.list(items);
          }
          case "{":
            return this.attrSet(false);
          case '"':
            return this.doubleQuoted();
          case "''":
            return this.indented();
        }
    }
    throw this.unexpected("an expression");
  }

  private attrSet(recursive: boolean): Expr {
    this.expect("{");
    const bindings = this.bindings("}");
    this.expect("}");
    return N.attrs(bindings, recursive);
  }

  // --- bindings and attribute paths -----------------------------------------------------------------------------

  /** `a.b = e;` and `inherit (e) a b;` up to (not including) `end`. */
  private bindings(end: string): Binding[] {
    const bindings: Binding[] = [];
    for (;;) {
      const token = this.peek();
      if ((token.type === "op" || token.type === "keyword") && token.text === end) return bindings;
      if (this.isKeyword("inherit")) {
        this.next();
        let from: Expr | undefined;
        if (this.isOp("(")) {
          this.next();
          from = this.expression();
          this.expect(")");
        }
        const names: string[] = [];
        while (!this.isOp(";")) {
          const at = this.peek().start;
          const key = this.attrKey();
          if (key.kind === "dynamic")
            throw new NixSyntaxError("dynamic attributes are not allowed in inherit", at);
          names.push(key.name);
        }
        this.next();
        bindings.push(N.inherit(names, from));
        continue;
      }
      const path = this.attrPath();
      this.expect("=");
      const value = this.expression();
      this.expect(";");
      bindings.push(N.bind(path, value));
    }
  }

  private attrPath(): AttrKey[] {
    const path = [this.attrKey()];
    while (this.isOp(".")) {
      this.next();
      path.push(this.attrKey());
    }
    return path;
  }

  /** `a`, `or`, `"a${b}"` or `${e}`. */
  private attrKey(): AttrKey {
    const token = this.peek();
    if (token.type === "id" || this.isKeyword("or")) {
      this.next();
      return N.staticKey(token.text);
    }
    if (this.isOp('"')) {
      const key = this.doubleQuoted();
      if (key.parts.every((p) => typeof p === "string")) return N.staticKey(key.parts.join(""));
      return N.dynamicKey(key);
    }
    if (this.isOp("${")) {
      this.next();
      const expr = this.expression();
      this.expect("}");
      // As in Nix, `${"a"}` is the static name `a`.
      if (expr.kind === "string" && expr.parts.every((p) => typeof p === "string"))
        return N.staticKey(expr.parts.join(""));
      return N.dynamicKey(expr);
    }
    throw this.unexpected("an attribute name");
  }

  // --- functions ---------------------------------------------------------------------------------------------------

  /** The parameter and `:` of a function starting here, or undefined (nothing consumed) when none does. */
  private lambdaParameter(): Param | undefined {
    const token = this.peek();
    if (token.type === "id") {
      const after = this.peekAfter(token);
      if (this.isOp(":", after)) {
        this.next();
        this.next();
        return N.identParam(token.text);
      }
      if (this.isOp("@", after)) {
        this.next();
        this.next();
        const pattern = this.pattern(token.text);
        this.expect(":");
        return pattern;
      }
      return undefined;
    }
    if (!this.isOp("{") || !this.startsPattern(token)) return undefined;
    let pattern = this.pattern(undefined);
    if (this.isOp("@")) {
      this.next();
      const name = this.peek();
      if (name.type !== "id") throw this.unexpected("a name after '@'");
      this.next();
      pattern = { ...pattern, bind: name.text };
    }
    this.expect(":");
    return pattern;
  }

  /** Whether the `{` at `open` starts a pattern (`{ a, b ? 1, ... }:`) rather than an attribute set. */
  private startsPattern(open: Token): boolean {
    const first = this.peekAfter(open);
    if (this.isOp("...", first)) return true;
    if (this.isOp("}", first)) {
      const after = this.peekAfter(first);
      return this.isOp(":", after) || this.isOp("@", after);
    }
    if (first.type !== "id") return false;
    const second = this.peekAfter(first);
    if (this.isOp(",", second) || this.isOp("?", second)) return true;
    if (!this.isOp("}", second)) return false;
    const third = this.peekAfter(second);
    return this.isOp(":", third) || this.isOp("@", third);
  }

  private pattern(bind: string | undefined): N.PatternParam {
    this.expect("{");
    const fields: PatternField[] = [];
    let ellipsis = false;
    while (!this.isOp("}")) {
      if (this.isOp("...")) {
        this.next();
        ellipsis = true;
      } else {
        const name = this.peek();
        if (name.type !== "id") throw this.unexpected("a parameter name, '...' or '}'");
        this.next();
        let fallback: Expr | undefined;
        if (this.isOp("?")) {
          this.next();
          fallback = this.expression();
        }
        fields.push(N.field(name.text, fallback));
      }
      if (this.isOp("}")) break;
      this.expect(",");
    }
    this.next();
    return N.patternParam(fields, { ellipsis, bind });
  }

  /** The token after `token`, without consuming anything. */
  private peekAfter(token: Token): Token {
    const trivia = skipTrivia(this.text, token.end);
    return scanToken(this.text, trivia.pos);
  }

  // --- strings and paths -------------------------------------------------------------------------------------------

  /** `${ expr }` inside a string or path, from just after `${`. */
  private interpolation(): Expr {
    this.pos += 2;
    this.cached = undefined;
    const expr = this.expression();
    const close = this.peek();
    if (!this.isOp("}", close)) throw this.unexpected("'}' closing '${'");
    this.pos = close.end;
    this.cached = undefined;
    return expr;
  }

  private doubleQuoted(): N.Str {
    const open = this.peek();
    this.pos = open.end;
    this.cached = undefined;
    const parts: StrPart[] = [];
    let literal = "";
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) throw new NixSyntaxError("unterminated string", open.start);
      if (c === '"') {
        this.pos++;
        return N.str(...parts, literal);
      }
      if (c === "\\") {
        if (this.pos + 1 >= this.text.length) throw new NixSyntaxError("unterminated string", open.start);
        literal += unescapeDoubleQuoted(this.text[this.pos + 1]!);
        this.pos += 2;
      } else if (c === "$" && this.text[this.pos + 1] === "{") {
        parts.push(literal, this.interpolation());
        literal = "";
      } else if (c === "$" && this.text[this.pos + 1] === "$") {
        // `$${` is literal text: the second `$` cannot start an interpolation.
        literal += "$$";
        this.pos += 2;
      } else {
        literal += c;
        this.pos++;
      }
    }
  }

  private indented(): N.Str {
    const open = this.peek();
    this.pos = open.end;
    this.cached = undefined;
    // `''` followed by spaces and a newline: they belong to the opening.
    const firstLine = /^ *\n/.exec(this.text.slice(this.pos));
    if (firstLine !== null) this.pos += firstLine[0].length;
    const pieces: IndentedPiece[] = [];
    let literal = "";
    const flush = () => {
      if (literal !== "") pieces.push({ kind: "text", text: literal });
      literal = "";
    };
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 3);
      if (rest === "") throw new NixSyntaxError("unterminated indented string", open.start);
      if (rest.startsWith("''")) {
        if (rest === "''$" || rest === "'''") {
          flush();
          pieces.push({ kind: "escape", text: rest === "''$" ? "$" : "''" });
          this.pos += 3;
        } else if (rest === "''\\") {
          if (this.pos + 3 >= this.text.length)
            throw new NixSyntaxError("unterminated indented string", open.start);
          flush();
          pieces.push({ kind: "escape", text: unescapeDoubleQuoted(this.text[this.pos + 3]!) });
          this.pos += 4;
        } else {
          this.pos += 2;
          flush();
          return N.str(...stripIndentation(pieces));
        }
      } else if (rest.startsWith("${")) {
        flush();
        pieces.push({ kind: "interpolation", expr: this.interpolation() });
      } else if (rest.startsWith("$$")) {
        literal += "$$";
        this.pos += 2;
      } else {
        literal += this.text[this.pos];
        this.pos++;
      }
    }
  }

  /** `./a/${b}.nix`: kept as written, since a path literal is text to the printer. */
  private interpolatedPath(): Expr {
    const start = this.peek();
    this.pos = start.end;
    this.cached = undefined;
    for (;;) {
      if (this.text.startsWith("${", this.pos)) {
        this.interpolation();
        continue;
      }
      PATH_PART.lastIndex = this.pos;
      const match = PATH_PART.exec(this.text);
      if (match === null) break;
      this.pos += match[0].length;
    }
    return N.path(this.text.slice(start.start, this.pos));
  }
}
