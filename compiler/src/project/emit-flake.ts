// FlakeModel → flake.nix: `{ description; inputs = { … }; outputs = { self, nixpkgs, ... }: … ; }`, as a person
// writes it. Pure: Nix AST in, Nix AST out; it knows nothing of TypeScript.
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import { freeNames } from "../nix/free-names.js";
import { isBindableName } from "../nix/names.js";
import type { FlakeInputModel, FlakeModel, HostModel } from "./flake-model.js";

/** The outputs' attribute set (before flake.ts's own bindings are put around it). */
export function flakeOutputs(model: FlakeModel): Expr {
  const outputs: Binding[] = [];
  if (model.hosts.length > 0) {
    outputs.push(nix.bind("nixosConfigurations", nix.attrs(model.hosts.map(nixosConfiguration))));
  }
  return nix.attrs(outputs);
}

function nixosConfiguration(host: HostModel): Binding {
  const system = nix.select(nix.ident("nixpkgs"), nix.keys("lib", "nixosSystem"));
  return nix.bind(
    [nix.staticKey(host.name)],
    nix.apply(
      system,
      nix.attrs([nix.bind("system", nix.str(host.system)), nix.bind("modules", nix.list([host.module]))]),
    ),
  );
}

/** The whole flake: its literal header and `outputs`, a function of the inputs the outputs use. */
export function flakeFile(model: FlakeModel, outputsBody: Expr): Expr {
  const bindings: Binding[] = [];
  if (model.description !== undefined) bindings.push(nix.bind("description", nix.str(model.description)));
  bindings.push(nix.bind("inputs", nix.attrs(model.inputs.map(inputBinding))));
  bindings.push(nix.bind("outputs", outputsFunction(model, outputsBody)));
  return nix.attrs(bindings);
}

function inputBinding(input: FlakeInputModel): Binding {
  const fields: Binding[] = [];
  if (input.url !== undefined) fields.push(nix.bind("url", nix.str(input.url)));
  if (input.flake === false) fields.push(nix.bind("flake", nix.FALSE));
  if (input.follows !== undefined) fields.push(nix.bind("follows", nix.str(input.follows)));
  for (const { input: name, follows } of input.inputFollows) {
    fields.push(nix.bind(nix.keys("inputs", name, "follows"), nix.str(follows)));
  }
  const only = fields.length === 1 ? fields[0] : undefined;
  if (only?.kind === "binding") return nix.bind([nix.staticKey(input.name), ...only.path], only.value);
  return nix.bind([nix.staticKey(input.name)], nix.attrs(fields));
}

/**
 * `{ self, nixpkgs, ... }@inputs: let inherit (nixpkgs) lib; in { … }` — naming the inputs the body uses, binding
 * `lib` from nixpkgs when it is used, and `@inputs` only when the body refers to all of them.
 */
function outputsFunction(model: FlakeModel, body: Expr): Expr {
  const free = freeNames(body);
  const named = model.inputs
    .map((i) => i.name)
    .filter((name) => isBindableName(name) && (free.has(name) || (name === "nixpkgs" && free.has("lib"))));
  const fields = [nix.field("self"), ...named.map((name) => nix.field(name))];
  const withLib = free.has("lib") ? nix.letIn([nix.inherit(["lib"], nix.ident("nixpkgs"))], body) : body;
  return nix.lambda(
    nix.patternParam(fields, { ellipsis: true, ...(free.has("inputs") ? { bind: "inputs" } : {}) }),
    withLib,
  );
}
