// flake.ts's `defineFlake({ … })` → a FlakeModel. Inputs and the description are read as literals (Nix requires
// flake.nix to state them so); each host's system is read the same way from its defineHost call, wherever that is;
// host modules are compiled like any other value.
import { ts } from "ts-morph";
import { Diagnostics } from "../diagnostics/codes.js";
import type { TransformContext } from "../transform/context.js";
import { knownString } from "../transform/library/arguments.js";
import { libraryValuePath } from "../transform/modules/library-values.js";
import { defaultExportCall } from "../transform/modules/file-roles.js";
import { skipTypeWrappers } from "../transform/visitors/type-erasure.js";
import { specProperties } from "../transform/modules/define-module.js";
import type { FlakeInputModel, FlakeModel, HostModel } from "./flake-model.js";

export function readFlake(call: ts.CallExpression, ctx: TransformContext): FlakeModel {
  const spec = specProperties(call, "defineFlake", ctx) ?? new Map<string, ts.Expression>();
  const descriptionNode = spec.get("description");
  const description = descriptionNode && literalString(descriptionNode, "The flake's description", ctx);
  const inputs = readInputs(spec.get("inputs"), ctx);
  const hosts = readHosts(spec.get("hosts"), ctx);
  const hostsNode = spec.get("hosts");
  const declaresHosts =
    hostsNode !== undefined && objectMembers(hostsNode, "The flake's hosts", ctx, false).length > 0;
  if (declaresHosts && !inputs.some((i) => i.name === "nixpkgs")) {
    ctx.report(spec.get("inputs") ?? call, Diagnostics.nixpkgsInputMissing());
  }
  return { ...(description !== undefined ? { description } : {}), inputs, hosts };
}

function literalString(node: ts.Expression, what: string, ctx: TransformContext): string | undefined {
  const text = knownString(node, ctx);
  if (text === undefined)
    ctx.report(
      node,
      Diagnostics.staticValueRequired(what, "flake.nix states it without evaluating anything"),
    );
  return text;
}

/** `{ name: expr }` members of an object literal, in order; anything else is reported. */
function objectMembers(
  node: ts.Expression | undefined,
  what: string,
  ctx: TransformContext,
  reportProblems = true,
): [string, ts.Expression][] {
  if (!node) return [];
  const inner = skipTypeWrappers(node);
  if (!ts.isObjectLiteralExpression(inner)) {
    if (reportProblems)
      ctx.report(
        node,
        Diagnostics.staticValueRequired(what, "an object literal, so tsnix can read each member"),
      );
    return [];
  }
  const members: [string, ts.Expression][] = [];
  for (const property of inner.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
    ) {
      members.push([property.name.text, property.initializer]);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      members.push([property.name.text, property.name]);
    } else if (reportProblems) {
      ctx.report(property, Diagnostics.staticValueRequired(what, "each member written as `name: value`"));
    }
  }
  return members;
}

function readInputs(node: ts.Expression | undefined, ctx: TransformContext): FlakeInputModel[] {
  return objectMembers(node, "The flake's inputs", ctx).flatMap(([name, value]): FlakeInputModel[] => {
    const url = knownString(value, ctx);
    if (url !== undefined) return [{ name, url, inputFollows: [] }];
    const fields = new Map(objectMembers(value, `The input '${name}'`, ctx));
    const read = (field: string) => {
      const v = fields.get(field);
      return v && literalString(v, `The input '${name}'.${field}`, ctx);
    };
    const flakeNode = fields.get("flake");
    const flake = flakeNode && skipTypeWrappers(flakeNode);
    const inputFollows = objectMembers(fields.get("inputs"), `The input '${name}'.inputs`, ctx).flatMap(
      ([input, spec]) => {
        const follows = new Map(objectMembers(spec, `The input '${name}'.inputs.${input}`, ctx)).get(
          "follows",
        );
        const target = follows && literalString(follows, `The input '${name}'.inputs.${input}.follows`, ctx);
        return target === undefined ? [] : [{ input, follows: target }];
      },
    );
    const url2 = read("url");
    const follows = read("follows");
    return [
      {
        name,
        ...(url2 !== undefined ? { url: url2 } : {}),
        ...(flake && flake.kind === ts.SyntaxKind.FalseKeyword ? { flake: false } : {}),
        ...(follows !== undefined ? { follows } : {}),
        inputFollows,
      },
    ];
  });
}

function readHosts(node: ts.Expression | undefined, ctx: TransformContext): HostModel[] {
  return objectMembers(node, "The flake's hosts", ctx).flatMap(([name, value]): HostModel[] => {
    const call = hostCall(value, ctx);
    if (!call) {
      ctx.report(value, Diagnostics.hostEntryNotHost(name));
      return [];
    }
    const systemNode = specProperties(call, "defineHost", ctx)?.get("system");
    const system = systemNode && literalString(systemNode, `The system of host '${name}'`, ctx);
    if (system === undefined) return [];
    return [{ name, system, module: ctx.lower(value) }];
  });
}

/** The defineHost(…) call a host entry stands for: inline, through a const, or as an imported file's default. */
function hostCall(node: ts.Expression, ctx: TransformContext, depth = 0): ts.CallExpression | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isCallExpression(inner)) {
    const path = libraryValuePath(inner.expression, ctx);
    return path?.length === 1 && path[0] === "defineHost" ? inner : undefined;
  }
  if (!ts.isIdentifier(inner) || depth > 16) return undefined;
  const shorthand = ts.isShorthandPropertyAssignment(inner.parent) && inner.parent.name === inner;
  let symbol = ctx.symbolOf(shorthand ? inner.parent : inner);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isExportAssignment(declaration)) {
    const file = declaration.getSourceFile();
    return ctx.facts.fileRole(file) === "host" ? defaultExportCall(file) : undefined;
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return hostCall(declaration.initializer, ctx, depth + 1);
  }
  return undefined;
}
