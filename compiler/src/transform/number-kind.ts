// Which Nix number a TS `number` expression becomes. TypeScript has one number type; Nix has ints and floats, and
// they differ exactly where JS semantics show through: `/`, `%` and conversion to text. Integer literals (within
// ±2^53) are ints and stay ints under + - * and rounding; `/` always yields a float; anything not provable is
// "unknown" and handled by a runtime check where it matters.
import { ts } from "../typescript.js";
import { collectWrites, type LocalWrite } from "./statements/local-writes.js";
import { isArrayLikeType, isStringType } from "./type-queries.js";

export type NumberKind = "int" | "float" | "unknown";

export const MAX_SAFE = 2 ** 53;

export function numericLiteralKind(value: number): NumberKind {
  return Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? "int" : "float";
}

function join(a: NumberKind, b: NumberKind): NumberKind {
  return a === b ? a : "unknown";
}

/** + - * %: int op int is int; anything with a float is a float (Nix promotes); otherwise unknown. */
function arithmetic(a: NumberKind, b: NumberKind): NumberKind {
  if (a === "int" && b === "int") return "int";
  if (a === "float" || b === "float") return "float";
  return "unknown";
}

const INT_RESULT_MATH = new Set(["floor", "ceil", "round", "trunc", "sign"]);
const INDEXED_CALLBACKS = new Set([
  "map",
  "filter",
  "flatMap",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
]);
const INT_RESULT_MEMBERS = new Set(["length", "indexOf", "lastIndexOf", "findIndex", "findLastIndex"]);

export class NumberKinds {
  private readonly bySymbol = new Map<ts.Symbol, NumberKind>();
  private readonly assumed = new Map<ts.Symbol, NumberKind>();
  private readonly inProgress = new Set<ts.Symbol>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** What else may know a member's kind: an option NixOS checks to hold ints (see modules/option-numbers.ts). */
  memberKind: ((node: ts.PropertyAccessExpression) => NumberKind | undefined) | undefined;

  of(node: ts.Expression): NumberKind {
    if (ts.isNumericLiteral(node)) return numericLiteralKind(Number(node.text));
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
      return this.of(node.expression);
    if (ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) return this.of(node.expression);
    if (ts.isPrefixUnaryExpression(node)) {
      return node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken
        ? this.of(node.operand)
        : "unknown";
    }
    if (ts.isBinaryExpression(node)) return this.binary(node);
    if (ts.isConditionalExpression(node)) return join(this.of(node.whenTrue), this.of(node.whenFalse));
    if (ts.isIdentifier(node)) return this.identifier(node);
    if (
      ts.isPropertyAccessExpression(node) &&
      INT_RESULT_MEMBERS.has(node.name.text) &&
      this.isLibraryReceiver(node.expression)
    ) {
      return "int";
    }
    if (ts.isCallExpression(node)) return this.call(node);
    if (ts.isPropertyAccessExpression(node)) return this.memberKind?.(node) ?? "unknown";
    return "unknown";
  }

  private binary(node: ts.BinaryExpression): NumberKind {
    const left = this.of(node.left);
    const right = this.of(node.right);
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.PlusToken:
      case ts.SyntaxKind.MinusToken:
      case ts.SyntaxKind.AsteriskToken:
      case ts.SyntaxKind.PercentToken:
        return arithmetic(left, right);
      case ts.SyntaxKind.SlashToken:
        return "float";
      case ts.SyntaxKind.AsteriskAsteriskToken:
        return left === "int" && right === "int"
          ? "int"
          : left === "float" || right === "float"
            ? "float"
            : "unknown";
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.AmpersandAmpersandToken:
        return join(left, right);
      default:
        return "unknown";
    }
  }

  private identifier(node: ts.Identifier): NumberKind {
    const symbol = this.checker.getSymbolAtLocation(node);
    if (!symbol) return "unknown";
    const known = this.bySymbol.get(symbol) ?? this.assumed.get(symbol);
    if (known !== undefined) return known;
    if (this.inProgress.has(symbol)) return "unknown"; // a cycle through recursive definitions
    this.inProgress.add(symbol);
    const kind = this.declaredKind(symbol);
    this.inProgress.delete(symbol);
    // Kinds found while assuming another variable's kind hold only under that assumption: not kept.
    if (this.assumed.size === 0) this.bySymbol.set(symbol, kind);
    return kind;
  }

  /**
   * A parameter or variable: its initial kind, kept when every later assignment keeps it (checked assuming the
   * variable has that kind, which is then true by induction: `let i = 0; … i++` stays an int).
   */
  private declaredKind(symbol: ts.Symbol): NumberKind {
    const declaration = symbol.valueDeclaration;
    if (!declaration) return "unknown";
    let initial: NumberKind = "unknown";
    if (ts.isParameter(declaration)) {
      if (this.isCallbackIndex(declaration)) initial = "int";
    } else if (
      ts.isVariableDeclaration(declaration) &&
      ts.isIdentifier(declaration.name) &&
      declaration.initializer &&
      ts.getCombinedNodeFlags(declaration) & (ts.NodeFlags.Const | ts.NodeFlags.Let)
    ) {
      initial = this.of(declaration.initializer);
    }
    if (initial === "unknown") return initial;
    const writes = writesOf(symbol, declaration, this.checker);
    if (writes.length === 0) return initial;
    this.assumed.set(symbol, initial);
    const kept = writes.every((write) => this.writtenKind(write, initial) === initial);
    this.assumed.delete(symbol);
    return kept ? initial : "unknown";
  }

  /** The kind of the value a write gives its variable (whose kind is assumed to be `current`). */
  private writtenKind(write: LocalWrite, current: NumberKind): NumberKind {
    const node = write.node;
    if (write.kind !== "assign") return current; // in-place changes of an array or object
    if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
      return arithmetic(current, "int");
    if (!ts.isBinaryExpression(node)) return "unknown";
    const right = this.of(node.right);
    switch (node.operatorToken.kind) {
      case ts.SyntaxKind.EqualsToken:
        return ts.isIdentifier(skipParens(node.left)) ? right : "unknown";
      case ts.SyntaxKind.PlusEqualsToken:
      case ts.SyntaxKind.MinusEqualsToken:
      case ts.SyntaxKind.AsteriskEqualsToken:
      case ts.SyntaxKind.PercentEqualsToken:
        return arithmetic(current, right);
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
        return join(current, right);
      case ts.SyntaxKind.SlashEqualsToken:
        return "float";
      default:
        return "unknown";
    }
  }

  private call(node: ts.CallExpression): NumberKind {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const owner = callee.expression;
      const member = callee.name.text;
      if (ts.isIdentifier(owner) && owner.text === "Math" && this.isGlobal(owner)) {
        if (INT_RESULT_MATH.has(member)) return "int";
        if (member === "abs" && node.arguments[0]) return this.of(node.arguments[0]);
        if ((member === "min" || member === "max") && node.arguments.length > 0) {
          return node.arguments.map((a) => this.of(a)).reduce(join);
        }
      }
      if (INT_RESULT_MEMBERS.has(member) && this.isLibraryReceiver(owner)) return "int";
    }
    return "unknown";
  }

  /** The index parameter of a callback handed to an array method (or Array.from): always an integer. */
  private isCallbackIndex(parameter: ts.ParameterDeclaration): boolean {
    const fn = parameter.parent;
    if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
    const position = fn.parameters.indexOf(parameter);
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return false;
    const argument = call.arguments.indexOf(fn);
    const method = call.expression.name.text;
    const owner = call.expression.expression;
    if (ts.isIdentifier(owner) && owner.text === "Array" && this.isGlobal(owner)) {
      return method === "from" && argument === 1 && position === 1;
    }
    if (argument !== 0 || !this.isLibraryReceiver(owner)) return false;
    if (method === "reduce") return position === 2;
    return INDEXED_CALLBACKS.has(method) && position === 1;
  }

  private isGlobal(node: ts.Identifier): boolean {
    const declaration = this.checker.getSymbolAtLocation(node)?.declarations?.[0];
    return declaration !== undefined && declaration.getSourceFile().isDeclarationFile;
  }

  /** Arrays and strings, whose `length`/`indexOf`/… are the JS library's (always integers). */
  private isLibraryReceiver(node: ts.Expression): boolean {
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    return isStringType(type) || isArrayLikeType(this.checker, type);
  }
}

function skipParens(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

/** The writes to `symbol` in the function (or file) that declares it. */
function writesOf(symbol: ts.Symbol, declaration: ts.Declaration, checker: ts.TypeChecker): LocalWrite[] {
  let scope: ts.Node = declaration;
  while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (ts.isParameter(declaration)) scope = declaration.parent;
  return collectWrites(scope, checker).filter(
    (write) => checker.getSymbolAtLocation(write.target) === symbol,
  );
}
