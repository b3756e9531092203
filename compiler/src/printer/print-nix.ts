// The Nix printer: AST → prettier document → text, laid out like nixfmt (RFC 166) at width 100.
import { doc } from "prettier";
import type { Expr, Str } from "../nix/ast.js";
import { assertNever } from "../nix/ast.js";
import { forEachPostOrder, isFlattenedInto } from "./children.js";
import { computeForcedBreaks, recordForcedBreak } from "./forced-breaks.js";
import { lambdaHugsBody } from "./hugging.js";
import { breakingGroup, type Doc, type NixPrinter } from "./nix-printer.js";
import { formatNixFloat, formatNixInt } from "./numbers.js";
import { printApplication, printHasAttr, printSelect } from "./print-application.js";
import { printAttrSet, printLet, printList } from "./print-bindings.js";
import { printAssert, printIf, printWith } from "./print-control.js";
import { printLambda } from "./print-lambda.js";
import { printBinaryChain, printUnary } from "./print-operators.js";
import { Level, needsParentheses, rawShape } from "./precedence.js";
import { escapeStringPart } from "./strings.js";

const { group, indent, softline, hardline, join, literalline } = doc.builders;

export const PRINT_WIDTH = 100;

export interface PrintOptions {
  /** Line width to fit to; nixfmt's (and tsnix's) default is 100. */
  readonly printWidth?: number;
}

/** A whole `.nix` file: LF line endings and a final newline. */
export function printNix(expr: Expr, options: PrintOptions = {}): string {
  return `${printNixExpression(expr, options)}\n`;
}

/** One expression as text, without a final newline. */
export function printNixExpression(expr: Expr, options: PrintOptions = {}): string {
  const d = nixDocument(expr);
  const printWidth = options.printWidth ?? PRINT_WIDTH;
  return doc.printer.printDocToString(d, { printWidth, tabWidth: 2, useTabs: false }).formatted;
}

/** The prettier document for `expr`, for callers that embed Nix in a larger document. */
export function nixDocument(expr: Expr): Doc {
  const builder = new DocumentBuilder();
  builder.prebuild(expr);
  return builder.expr(expr);
}

class DocumentBuilder implements NixPrinter {
  // Each node is turned into a document once, however many layouts share it: this keeps printing linear.
  private readonly docs = new Map<Expr, Doc>();
  private readonly parenthesizedApplications = new Map<Expr, Doc>();
  private readonly forcedBreaks = new Map<Expr, boolean>();

  /**
   * Builds the documents of all nodes bottom-up, without recursion, so that building any one node finds its
   * children ready: deeply nested input cannot exhaust the call stack. Nodes that a parent flattens into its own
   * layout are skipped; building them alone would make long chains quadratic.
   */
  prebuild(root: Expr): void {
    forEachPostOrder(root, (expr, children, parent) => {
      recordForcedBreak(expr, children, this.forcedBreaks);
      if (parent !== undefined && isFlattenedInto(parent, expr)) return;
      this.expr(expr);
      if (expr.kind === "apply") this.parenthesized(expr);
    });
  }

  hasForcedBreak(expr: Expr): boolean {
    if (!this.forcedBreaks.has(expr)) computeForcedBreaks(expr, this.forcedBreaks);
    return this.forcedBreaks.get(expr) === true;
  }

  expr(expr: Expr): Doc {
    let built = this.docs.get(expr);
    if (built === undefined) {
      built = this.build(expr);
      this.docs.set(expr, built);
    }
    return built;
  }

  operand(expr: Expr, limit: Level): Doc {
    return needsParentheses(expr, limit) ? this.parenthesized(expr) : this.expr(expr);
  }

  argument(expr: Expr): Doc {
    // `f (` / indented application / `)`, as nixfmt does, rather than `f (g x {` … `})` running on past `}`.
    if (expr.kind === "apply" && this.hasForcedBreak(expr)) return indentedParentheses(this.expr(expr));
    return this.operand(expr, Level.select);
  }

  parenthesized(expr: Expr): Doc {
    if (expr.kind === "apply") {
      let built = this.parenthesizedApplications.get(expr);
      if (built === undefined) {
        built = printApplication(expr, this, true);
        this.parenthesizedApplications.set(expr, built);
      }
      return built;
    }
    if (expr.kind === "lambda" && lambdaHugsBody(expr)) return ["(", this.expr(expr), ")"];
    return indentedParentheses(this.expr(expr));
  }

  huggedArgument(expr: Expr): Doc | undefined {
    // Empty `{ }` and `[ ]` have nothing to open up.
    if (expr.kind === "list") return expr.items.length === 0 ? undefined : breakingGroup(this.expr(expr));
    if (expr.kind === "attrset")
      return expr.bindings.length === 0 ? undefined : breakingGroup(this.expr(expr));
    if (expr.kind === "lambda" && lambdaHugsBody(expr)) return ["(", printLambda(expr, this, true), ")"];
    if (!needsParentheses(expr, Level.select)) return undefined;
    return breakingGroup(indentedParentheses(this.expr(expr)));
  }

  private build(expr: Expr): Doc {
    switch (expr.kind) {
      case "ident":
        return expr.name;
      case "int":
        return formatNixInt(expr.value);
      case "float":
        return formatNixFloat(expr.value);
      case "string":
        return printString(expr, this);
      case "path":
        return expr.text;
      case "list":
        return printList(expr, this);
      case "attrset":
        return printAttrSet(expr, this);
      case "select":
        return printSelect(expr, this);
      case "hasAttr":
        return printHasAttr(expr, this);
      case "lambda":
        return printLambda(expr, this);
      case "apply":
        return printApplication(expr, this, false);
      case "let":
        return printLet(expr, this);
      case "with":
        return printWith(expr, this);
      case "assert":
        return printAssert(expr, this);
      case "if":
        return printIf(expr, this);
      case "binop":
        return printBinaryChain(expr, this);
      case "unary":
        return printUnary(expr, this);
      case "raw":
        return printRaw(expr.text);
      default:
        return assertNever(expr);
    }
  }
}

/** `(x)` on one line when it fits, else `(`, the contents indented, and `)` on its own line. */
function indentedParentheses(contents: Doc): Doc {
  return group(["(", indent([softline, contents]), softline, ")"]);
}

/** `"text ${e} more"`; adjacent literal parts are joined first, so escaping sees the real neighbours. */
function printString(e: Str, p: NixPrinter): Doc {
  const out: Doc[] = ['"'];
  let pending = "";
  for (const part of e.parts) {
    if (typeof part === "string") {
      pending += part;
      continue;
    }
    out.push(escapeStringPart(pending, true), group(["${", indent([softline, p.expr(part)]), softline, "}"]));
    pending = "";
  }
  out.push(escapeStringPart(pending, false), '"');
  return out;
}

/**
 * Raw Nix text, verbatim (continuation lines keep their own indentation). Anything but an identifier, a dotted
 * identifier path or a plain string is parenthesised; when the text may end in a `#` comment, the closing
 * parenthesis goes on its own line so that the comment cannot swallow it.
 */
function printRaw(text: string): Doc {
  if (rawShape(text) !== "other") return text;
  const body = join(literalline, text.split("\n"));
  return text.includes("#") ? ["(", body, hardline, ")"] : ["(", body, ")"];
}
