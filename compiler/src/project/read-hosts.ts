// The hosts of a flake (defineHost/defineVariant values, wherever they are defined; defineDarwin values for
// darwinConfigurations) and what the flake must know of each without evaluating it: its system — a variant's is
// its base's — and its deployment.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import type { TransformContext } from "../transform/context.js";
import { specProperties } from "../transform/modules/define-module.js";
import { defaultExportCall } from "../transform/modules/file-roles.js";
import { libraryValuePath } from "../transform/modules/library-values.js";
import { skipTypeWrappers } from "../transform/visitors/type-erasure.js";
import type { DeploymentModel, HomeModel, HostModel, ImageModel } from "./flake-model.js";
import {
  literalBoolean,
  literalNumber,
  literalString,
  literalStrings,
  objectMembers,
} from "./read-static.js";

/** The library functions whose values are NixOS hosts, and nix-darwin hosts. */
const NIXOS_HOSTS: readonly string[] = ["defineHost", "defineVariant"];
const DARWIN_HOSTS: readonly string[] = ["defineDarwin"];

export function readHosts(node: ts.Expression | undefined, ctx: TransformContext): HostModel[] {
  return objectMembers(node, "The flake's hosts", ctx).flatMap(([name, value]): HostModel[] => {
    const call = hostCall(value, ctx);
    if (!call) {
      ctx.report(value, Diagnostics.hostEntryNotHost(name));
      return [];
    }
    const system = hostSystem(call, name, ctx);
    if (system === undefined) return [];
    const deployment = readDeployment(call, name, ctx);
    return [{ name, system, module: ctx.lower(value), ...(deployment ? { deployment } : {}) }];
  });
}

/** `darwinConfigurations`: defineDarwin values, each with its system. */
export function readDarwinHosts(node: ts.Expression | undefined, ctx: TransformContext): HostModel[] {
  return objectMembers(node, "The flake's darwinConfigurations", ctx).flatMap(
    ([name, value]): HostModel[] => {
      const call = hostCall(value, ctx, DARWIN_HOSTS);
      if (!call) {
        ctx.report(value, Diagnostics.darwinEntryNotDarwin(name));
        return [];
      }
      const systemNode = specProperties(call, "defineDarwin", ctx)?.get("system");
      const system = systemNode && literalString(systemNode, `The system of '${name}'`, ctx);
      return system === undefined ? [] : [{ name, system, module: ctx.lower(value) }];
    },
  );
}

/** `homeConfigurations`: `{ system, modules }` literals, the modules compiled like any list of modules. */
export function readHomes(node: ts.Expression | undefined, ctx: TransformContext): HomeModel[] {
  return objectMembers(node, "The flake's homeConfigurations", ctx).flatMap(([name, value]): HomeModel[] => {
    const spec = new Map(objectMembers(value, `The home configuration '${name}'`, ctx));
    const systemNode = spec.get("system");
    const modulesNode = spec.get("modules");
    if (!systemNode || !modulesNode) {
      ctx.report(value, Diagnostics.homeConfigurationParts(name));
      return [];
    }
    const system = literalString(systemNode, `The system of home configuration '${name}'`, ctx);
    return system === undefined ? [] : [{ name, system, modules: ctx.lower(modulesNode) }];
  });
}

/** The images the flake builds of its hosts (each host by the name the flake's hosts give it). */
export function readImages(
  node: ts.Expression | undefined,
  hostsNode: ts.Expression | undefined,
  hosts: readonly HostModel[],
  ctx: TransformContext,
): ImageModel[] {
  const named = objectMembers(hostsNode, "The flake's hosts", ctx, false).map(([name, value]) => ({
    name,
    call: hostCall(value, ctx),
  }));
  return objectMembers(node, "The flake's images", ctx).flatMap(([name, value]): ImageModel[] => {
    const spec = new Map(objectMembers(value, `The image '${name}'`, ctx));
    const hostNode = spec.get("host");
    const formatNode = spec.get("format");
    const call = hostNode && hostCall(hostNode, ctx);
    const host = call && named.find((h) => h.call === call)?.name;
    const model = host !== undefined ? hosts.find((h) => h.name === host) : undefined;
    if (!model) {
      ctx.report(hostNode ?? value, Diagnostics.imageHostNotInFlake(name));
      return [];
    }
    const format = formatNode && literalString(formatNode, `The format of image '${name}'`, ctx);
    return format === undefined ? [] : [{ name, host: model.name, system: model.system, format }];
  });
}

/**
 * The defineHost/defineVariant call (or, with `kinds`, another host function's) a value stands for: inline,
 * through a const, or an imported file's default.
 */
export function hostCall(
  node: ts.Expression,
  ctx: TransformContext,
  kinds: readonly string[] = NIXOS_HOSTS,
  depth = 0,
): ts.CallExpression | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isCallExpression(inner)) {
    const path = libraryValuePath(inner.expression, ctx);
    return path?.length === 1 && kinds.includes(path[0]!) ? inner : undefined;
  }
  if (!ts.isIdentifier(inner) || depth > 16) return undefined;
  const shorthand = ts.isShorthandPropertyAssignment(inner.parent) && inner.parent.name === inner;
  let symbol = ctx.symbolOf(shorthand ? inner.parent : inner);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return undefined;
  if (ts.isExportAssignment(declaration)) {
    const file = declaration.getSourceFile();
    const call = ctx.facts.fileRole(file) === "host" ? defaultExportCall(file) : undefined;
    const path = call && libraryValuePath(call.expression, ctx);
    return path?.length === 1 && kinds.includes(path[0]!) ? call : undefined;
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return hostCall(declaration.initializer, ctx, kinds, depth + 1);
  }
  return undefined;
}

function isVariant(call: ts.CallExpression, ctx: TransformContext): boolean {
  const path = libraryValuePath(call.expression, ctx);
  return path?.[0] === "defineVariant";
}

/** A host's system, as written in its defineHost — for a variant, its base's. */
function hostSystem(
  call: ts.CallExpression,
  name: string,
  ctx: TransformContext,
  depth = 0,
): string | undefined {
  if (isVariant(call, ctx)) {
    const base = call.arguments[0] && hostCall(call.arguments[0], ctx);
    if (!base || depth > 16) {
      ctx.report(call.arguments[0] ?? call, Diagnostics.hostEntryNotHost(name));
      return undefined;
    }
    return hostSystem(base, name, ctx, depth + 1);
  }
  const systemNode = specProperties(call, "defineHost", ctx)?.get("system");
  return systemNode && literalString(systemNode, `The system of host '${name}'`, ctx);
}

function readDeployment(
  call: ts.CallExpression,
  name: string,
  ctx: TransformContext,
): DeploymentModel | undefined {
  const spec = specProperties(call, "defineHost", ctx, isVariant(call, ctx) ? 1 : 0);
  const node = spec?.get("deployment");
  if (!node) return undefined;
  const fields = new Map(objectMembers(node, `The deployment of host '${name}'`, ctx));
  const what = (field: string) => `The deployment's ${field} of host '${name}'`;
  const text = (field: string) => {
    const v = fields.get(field);
    return v && literalString(v, what(field), ctx);
  };
  const flag = (field: string) => {
    const v = fields.get(field);
    return v && literalBoolean(v, what(field), ctx);
  };
  const targetHost = text("targetHost");
  if (targetHost === undefined) return undefined;
  const portNode = fields.get("targetPort");
  const targetPort = portNode && literalNumber(portNode, what("targetPort"), ctx);
  const tagsNode = fields.get("tags");
  const tags = tagsNode && literalStrings(tagsNode, what("tags"), ctx);
  const sshUser = text("sshUser");
  const magicRollback = flag("magicRollback");
  const autoRollback = flag("autoRollback");
  const remoteBuild = flag("remoteBuild");
  return {
    targetHost,
    ...(targetPort !== undefined ? { targetPort } : {}),
    ...(sshUser !== undefined ? { sshUser } : {}),
    ...(magicRollback !== undefined ? { magicRollback } : {}),
    ...(autoRollback !== undefined ? { autoRollback } : {}),
    ...(remoteBuild !== undefined ? { remoteBuild } : {}),
    ...(tags !== undefined ? { tags } : {}),
  };
}
