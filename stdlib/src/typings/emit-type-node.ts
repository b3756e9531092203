// Turns a type model into a TypeScript type node (ts.factory): one case per model kind, no decisions of its own.
import { ts } from "../../../compiler/src/typescript.js";
import type { TypeModel } from "./type-model.js";

const f = ts.factory;

const KEYWORDS = {
  string: ts.SyntaxKind.StringKeyword,
  number: ts.SyntaxKind.NumberKeyword,
  boolean: ts.SyntaxKind.BooleanKeyword,
  never: ts.SyntaxKind.NeverKeyword,
  undefined: ts.SyntaxKind.UndefinedKeyword,
} as const;

/** `declarationName` resolves a reference to the generated declaration's name. */
export function typeNode(type: TypeModel, declarationName: (id: number) => string): ts.TypeNode {
  const recurse = (inner: TypeModel): ts.TypeNode => typeNode(inner, declarationName);
  switch (type.kind) {
    case "keyword":
      return type.keyword === "null"
        ? f.createLiteralTypeNode(f.createNull())
        : f.createKeywordTypeNode(KEYWORDS[type.keyword]);
    case "literal":
      return literalTypeNode(type.value);
    case "list":
      return f.createTypeOperatorNode(
        ts.SyntaxKind.ReadonlyKeyword,
        f.createArrayTypeNode(recurse(type.element)),
      );
    case "record":
      return f.createTypeLiteralNode([indexSignature(recurse(type.value))]);
    case "union":
      return f.createUnionTypeNode(type.members.map(recurse));
    case "library":
      return f.createTypeReferenceNode(type.name, type.args.length > 0 ? type.args.map(recurse) : undefined);
    case "reference":
      return f.createTypeReferenceNode(declarationName(type.id));
  }
}

/** `[name: string]: value` */
export function indexSignature(value: ts.TypeNode): ts.IndexSignatureDeclaration {
  const parameter = f.createParameterDeclaration(
    undefined,
    undefined,
    "name",
    undefined,
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  );
  return f.createIndexSignature(undefined, [parameter], value);
}

function literalTypeNode(value: string | number | boolean): ts.TypeNode {
  if (typeof value === "string") return f.createLiteralTypeNode(f.createStringLiteral(value));
  if (typeof value === "boolean") return f.createLiteralTypeNode(value ? f.createTrue() : f.createFalse());
  const numeral = f.createNumericLiteral(Math.abs(value));
  return f.createLiteralTypeNode(
    value < 0 || Object.is(value, -0)
      ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, numeral)
      : numeral,
  );
}

/** A property name as an identifier when it is one, a string literal otherwise (`"foo-bar"`, `"3proxy"`). */
export function propertyName(name: string): ts.PropertyName {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}
