// flake.ts's `defineFlake({ … })` → a FlakeModel. Inputs, the description, systems and deployment switches are read
// as literals (Nix requires flake.nix to state them so); hosts, Macs, homes and images through read-hosts.ts;
// per-system values, exported modules and overlays are compiled like any other value.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import type { Expr } from "../nix/ast.js";
import type { TransformContext } from "../transform/context.js";
import { knownString } from "../transform/library/arguments.js";
import { specProperties } from "../transform/modules/define-module.js";
import { skipTypeWrappers } from "../transform/visitors/type-erasure.js";
import {
  DEFAULT_SYSTEMS,
  type FlakeInputModel,
  type FlakeModel,
  type PerSystemOutput,
  type PlainOutput,
} from "./flake-model.js";
import { readDarwinHosts, readHomes, readHosts, readImages } from "./read-hosts.js";
import { literalBoolean, literalString, literalStrings, objectMembers } from "./read-static.js";

const PER_SYSTEM: readonly PerSystemOutput[] = ["checks", "formatter", "devShells", "packages"];
const PLAIN: readonly PlainOutput[] = ["nixosModules", "homeModules", "darwinModules", "overlays"];

export function readFlake(call: ts.CallExpression, ctx: TransformContext): FlakeModel {
  const spec = specProperties(call, "defineFlake", ctx) ?? new Map<string, ts.Expression>();
  const node = (name: string) => spec.get(name);
  const description =
    node("description") && literalString(node("description")!, "The flake's description", ctx);
  const inputs = readInputs(node("inputs"), ctx);
  const systems =
    (node("systems") && literalStrings(node("systems")!, "The flake's systems", ctx)) ?? DEFAULT_SYSTEMS;
  const hosts = readHosts(node("hosts"), ctx);
  const darwinHosts = readDarwinHosts(node("darwinConfigurations"), ctx);
  const homes = readHomes(node("homeConfigurations"), ctx);
  const declares = (output: string) =>
    objectMembers(node(output), `The flake's ${output}`, ctx, false).length > 0;
  requireInput(
    inputs,
    "nixpkgs",
    declares("hosts") || declares("homeConfigurations") || PER_SYSTEM.some((o) => node(o)),
    node("inputs") ?? call,
    ctx,
  );
  requireInput(inputs, "home-manager", declares("homeConfigurations"), node("homeConfigurations"), ctx);
  requireInput(inputs, "nix-darwin", declares("darwinConfigurations"), node("darwinConfigurations"), ctx);
  const deploy = switchOn(node("deploy"), "deploy", ctx);
  const colmena = switchOn(node("colmena"), "colmena", ctx);
  requireInput(inputs, "deploy-rs", deploy, node("deploy"), ctx);
  requireInput(inputs, "colmena", colmena, node("colmena"), ctx);
  const perSystem = new Map<PerSystemOutput, Expr>();
  for (const output of PER_SYSTEM) {
    const value = node(output);
    if (value) perSystem.set(output, ctx.lower(value));
  }
  const plain = new Map<PlainOutput, Expr>();
  for (const output of PLAIN) {
    const value = node(output);
    if (value) plain.set(output, ctx.lower(value));
  }
  return {
    ...(description !== undefined ? { description } : {}),
    inputs,
    systems,
    hosts,
    deploy,
    colmena,
    images: readImages(node("images"), node("hosts"), hosts, ctx),
    perSystem,
    darwinHosts,
    homes,
    plain,
  };
}

function switchOn(node: ts.Expression | undefined, what: string, ctx: TransformContext): boolean {
  return node !== undefined && literalBoolean(node, `The flake's ${what}`, ctx) === true;
}

function requireInput(
  inputs: readonly FlakeInputModel[],
  name: string,
  needed: boolean,
  at: ts.Node | undefined,
  ctx: TransformContext,
): void {
  if (!needed || inputs.some((i) => i.name === name) || !at) return;
  ctx.report(at, Diagnostics.inputMissing(name));
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
    const declaredUrl = read("url");
    const follows = read("follows");
    return [
      {
        name,
        ...(declaredUrl !== undefined ? { url: declaredUrl } : {}),
        ...(flake && flake.kind === ts.SyntaxKind.FalseKeyword ? { flake: false } : {}),
        ...(follows !== undefined ? { follows } : {}),
        inputFollows,
      },
    ];
  });
}
