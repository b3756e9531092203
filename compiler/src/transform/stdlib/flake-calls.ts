// The flake-level parts of the library: nixpkgs' own modules (`nixosModule("…")`), secret references, per-system
// values and VM tests.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { knownString } from "../library/arguments.js";
import { lowerModuleDefinition, specProperties } from "../modules/define-module.js";
import { moduleIdentity } from "./module-calls.js";
import type { StdlibLowering } from "./stdlib-calls.js";

/**
 * `nixosModule("installer/cd-dvd/installation-cd-minimal.nix")`: `modulesPath + "/…"` in a module function,
 * `"${nixpkgs}/nixos/modules/…"` in the flake.
 */
const nixosModule: StdlibLowering = (call, ctx) => {
  const relative = call.arguments[0] && knownString(call.arguments[0], ctx);
  if (relative === undefined || relative.startsWith("/") || relative.split("/").includes("..")) {
    return ctx.fail(call.arguments[0] ?? call, Diagnostics.nixosModulePath());
  }
  if (ctx.inModuleFunction) return nix.binop("+", nix.ident("modulesPath"), nix.str(`/${relative}`));
  if (ctx.facts.fileRole(ctx.sourceFile) === "flake")
    return nix.str(nix.ident("nixpkgs"), `/nixos/modules/${relative}`);
  return ctx.fail(call, Diagnostics.needsModuleContext("nixosModule()"));
};

/** `config.sops.secrets.<name>.path` / `config.age.secrets.<name>.path`, read in the module that uses it. */
const secretPath =
  (set: "sops" | "age"): StdlibLowering =>
  (call, ctx) => {
    const argument = call.arguments[0];
    if (!argument) return ctx.fail(call, Diagnostics.needsModuleContext("a secret"));
    if (!ctx.inModuleFunction) return ctx.fail(call, Diagnostics.needsModuleContext(`${set}Secret()`));
    const known = knownString(argument, ctx);
    const name = known === undefined ? nix.dynamicKey(ctx.lower(argument)) : nix.staticKey(known);
    return nix.select(nix.ident("config"), [
      nix.staticKey(set),
      nix.staticKey("secrets"),
      name,
      nix.staticKey("path"),
    ]);
  };

/**
 * `secretFile("/var/lib/keys/x")` → `"/var/lib/keys/x"`: a string, so that Nix never copies the file into the
 * store. Known now it must be absolute; an expression must be a string (its type says so) and is checked when
 * evaluated.
 */
const secretFile: StdlibLowering = (call, ctx) => {
  const argument = call.arguments[0];
  if (!argument) return ctx.fail(call, Diagnostics.secretFileNotAbsolute());
  const known = knownString(argument, ctx);
  if (known !== undefined) {
    return known.startsWith("/") ? nix.str(known) : ctx.fail(argument, Diagnostics.secretFileNotAbsolute());
  }
  // a template whose text starts with "/" is an absolute path whatever it interpolates
  if (ts.isTemplateExpression(argument) && argument.head.text.startsWith("/")) return ctx.lower(argument);
  // `builtins.substring 0 1` of a path would copy it into the store first: check that it is a string
  return ctx.bindOnce(ctx.lower(argument), "secret", (value) =>
    nix.ifThenElse(
      nix.binop(
        "&&",
        nix.callBuiltin("isString", value),
        nix.binop("==", nix.callBuiltin("substring", nix.int(0), nix.int(1), value), nix.str("/")),
      ),
      value,
      nix.throwError("tsnix: secretFile needs an absolute path, as a string"),
    ),
  );
};

/** `perSystem(f)` → `forAllSystems f` (flake.nix binds forAllSystems over the flake's systems). */
const perSystem: StdlibLowering = (call, ctx) => {
  if (ctx.facts.fileRole(ctx.sourceFile) !== "flake" || ctx.inModuleFunction) {
    return ctx.fail(call, Diagnostics.needsFlakeContext("perSystem()"));
  }
  const compute = call.arguments[0];
  return nix.apply(nix.ident("forAllSystems"), compute ? ctx.lower(compute) : nix.NULL);
};

/** `nixosTest(pkgs, { name, nodes, testScript })` → `pkgs.nixosTest { … }`. */
const nixosTest: StdlibLowering = (call, ctx) => {
  const [pkgs, spec] = call.arguments;
  if (!pkgs || !spec) return ctx.fail(call, Diagnostics.moduleSpecNotLiteral("nixosTest"));
  return nix.apply(nix.select(ctx.lower(pkgs), "nixosTest"), ctx.lower(spec));
};

/** `defineVariant(base, { modules, config })`: the module of a host that imports `base` first. */
const defineVariant: StdlibLowering = (call, ctx) => {
  const base = call.arguments[0];
  const spec = specProperties(call, "defineVariant", ctx, 1);
  if (!base || !spec) return nix.attrs([]);
  return lowerModuleDefinition(
    { base, imports: spec.get("modules"), config: spec.get("config") },
    moduleIdentity(call, ctx),
    ctx,
  );
};

export const flakeLowerings: Readonly<Record<string, StdlibLowering>> = {
  nixosModule,
  sopsSecret: secretPath("sops"),
  ageSecret: secretPath("age"),
  secretFile,
  perSystem,
  nixosTest,
  defineVariant,
};
