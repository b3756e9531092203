// FlakeModel → flake.nix: `{ description; inputs = { … }; outputs = { self, nixpkgs, ... }: … ; }`, as a person
// writes it. Pure: Nix AST in, Nix AST out; it knows nothing of TypeScript.
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import { freeNames } from "../nix/free-names.js";
import { isBindableName } from "../nix/names.js";
import { replaceNode } from "../nix/traverse.js";
import { flakeOutputs, type OutputOptions } from "./emit-outputs.js";
import type { FlakeInputModel, FlakeModel } from "./flake-model.js";

/**
 * Where flake.ts's lowering leaves the outputs, to be filled in once every file is compiled (whether modules use
 * `inputs` decides how hosts are built). It holds the outputs' compiled parts, so that flake.ts's bindings they use
 * are kept.
 */
export function outputsPlaceholder(model: FlakeModel): Expr {
  return nix.list([
    ...model.hosts.map((h) => h.module),
    ...model.darwinHosts.map((h) => h.module),
    ...model.homes.map((h) => h.modules),
    ...model.perSystem.values(),
    ...model.plain.values(),
  ]);
}

/**
 * The whole flake: its literal header and `outputs`, a function of the inputs the outputs use. `body` is flake.ts
 * compiled, holding `placeholder` where the outputs go.
 */
export function flakeFile(model: FlakeModel, body: Expr, placeholder: Expr, options: OutputOptions): Expr {
  const outputs = replaceNode(body, placeholder, flakeOutputs(model, options));
  const bindings: Binding[] = [];
  if (model.description !== undefined) bindings.push(nix.bind("description", nix.str(model.description)));
  bindings.push(nix.bind("inputs", nix.attrs(model.inputs.map(inputBinding))));
  bindings.push(nix.bind("outputs", outputsFunction(model, withFlakeBindings(model, outputs))));
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
 * `lib` from nixpkgs and `forAllSystems` over the flake's systems, where the outputs use them — in the same `let`
 * as flake.ts's own bindings.
 */
function withFlakeBindings(model: FlakeModel, outputs: Expr): Expr {
  const free = freeNames(outputs);
  const bindings: Binding[] = [];
  if (free.has("lib")) bindings.push(nix.inherit(["lib"], nix.ident("nixpkgs")));
  if (free.has("forAllSystems")) {
    const legacy = nix.select(nix.ident("nixpkgs"), [
      nix.staticKey("legacyPackages"),
      nix.dynamicKey(nix.ident("system")),
    ]);
    const body = nix.apply(
      nix.select(nix.ident("nixpkgs"), nix.keys("lib", "genAttrs")),
      nix.list(model.systems.map((s) => nix.str(s))),
      nix.lambda("system", nix.apply(nix.ident("f"), legacy)),
    );
    bindings.push(nix.bind("forAllSystems", nix.lambda("f", body)));
  }
  if (bindings.length === 0) return outputs;
  if (outputs.kind === "let") return nix.letIn([...bindings, ...outputs.bindings], outputs.body);
  return nix.letIn(bindings, outputs);
}

/** `{ self, nixpkgs, ... }@inputs:` — naming the inputs the body uses, `@inputs` only when it uses them all. */
function outputsFunction(model: FlakeModel, body: Expr): Expr {
  const free = freeNames(body);
  const named = model.inputs.map((i) => i.name).filter((name) => isBindableName(name) && free.has(name));
  const fields = [nix.field("self"), ...named.map((name) => nix.field(name))];
  return nix.lambda(
    nix.patternParam(fields, { ellipsis: true, ...(free.has("inputs") ? { bind: "inputs" } : {}) }),
    body,
  );
}
