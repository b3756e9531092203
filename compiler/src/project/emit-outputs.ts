// A FlakeModel's outputs as Nix: nixosConfigurations, darwinConfigurations, homeConfigurations, deploy-rs nodes and
// checks, a colmena hive, per-system values and host images — written as a person writes them, each from the one
// description of the hosts.
import * as nix from "../nix/ast.js";
import type { Binding, Expr } from "../nix/ast.js";
import type { DeploymentModel, FlakeModel, HomeModel, HostModel } from "./flake-model.js";

export interface OutputOptions {
  /** Some module uses `inputs`: every host gets it through `specialArgs`. */
  readonly specialArgs: boolean;
}

const ident = nix.ident;
const self = (...path: string[]) => nix.select(ident("self"), nix.keys(...path));
const inheritInputs = () => nix.attrs([nix.inherit(["inputs"])]);

export function flakeOutputs(model: FlakeModel, options: OutputOptions): Expr {
  const outputs: Binding[] = [];
  if (model.hosts.length > 0) {
    outputs.push(nix.bind("nixosConfigurations", nix.attrs(model.hosts.map((h) => nixosSystem(h, options)))));
  }
  if (model.darwinHosts.length > 0) {
    const macs = model.darwinHosts.map((h) => darwinSystem(h, options));
    outputs.push(nix.bind("darwinConfigurations", nix.attrs(macs)));
  }
  if (model.homes.length > 0) {
    const homes = model.homes.map((h) => homeConfiguration(h, options));
    outputs.push(nix.bind("homeConfigurations", nix.attrs(homes)));
  }
  const deployed = model.hosts.filter((h) => h.deployment !== undefined);
  if (model.deploy) outputs.push(nix.bind(nix.keys("deploy", "nodes"), nix.attrs(deployed.map(deployNode))));
  const checks = merged([model.deploy ? deployChecks() : undefined, model.perSystem.get("checks")]);
  if (checks) outputs.push(nix.bind("checks", checks));
  if (model.colmena) {
    outputs.push(nix.bind("colmena", colmenaHive(model, deployed, options)));
    outputs.push(
      nix.bind(
        "colmenaHive",
        nix.apply(nix.select(ident("colmena"), nix.keys("lib", "makeHive")), self("colmena")),
      ),
    );
  }
  const packages = merged([model.perSystem.get("packages"), images(model)]);
  if (packages) outputs.push(nix.bind("packages", packages));
  for (const output of ["formatter", "devShells"] as const) {
    const value = model.perSystem.get(output);
    if (value) outputs.push(nix.bind(output, value));
  }
  for (const [output, value] of model.plain) outputs.push(nix.bind(output, value));
  return nix.attrs(outputs);
}

function nixosSystem(host: HostModel, options: OutputOptions): Binding {
  return systemOf(host, nix.select(ident("nixpkgs"), nix.keys("lib", "nixosSystem")), options);
}

/** `nix-darwin.lib.darwinSystem { system; specialArgs; modules; }` */
function darwinSystem(host: HostModel, options: OutputOptions): Binding {
  return systemOf(host, nix.select(ident("nix-darwin"), nix.keys("lib", "darwinSystem")), options);
}

function systemOf(host: HostModel, builder: Expr, options: OutputOptions): Binding {
  const fields = [nix.bind("system", nix.str(host.system))];
  if (options.specialArgs) fields.push(nix.bind("specialArgs", inheritInputs()));
  fields.push(nix.bind("modules", nix.list([host.module])));
  return nix.bind([nix.staticKey(host.name)], nix.apply(builder, nix.attrs(fields)));
}

/** `home-manager.lib.homeManagerConfiguration { pkgs = nixpkgs.legacyPackages.<system>; modules; }` */
function homeConfiguration(home: HomeModel, options: OutputOptions): Binding {
  const pkgs = nix.select(ident("nixpkgs"), [nix.staticKey("legacyPackages"), nix.staticKey(home.system)]);
  const fields = [nix.bind("pkgs", pkgs)];
  if (options.specialArgs) fields.push(nix.bind("extraSpecialArgs", inheritInputs()));
  fields.push(nix.bind("modules", home.modules));
  const builder = nix.select(ident("home-manager"), nix.keys("lib", "homeManagerConfiguration"));
  return nix.bind([nix.staticKey(home.name)], nix.apply(builder, nix.attrs(fields)));
}

/** deploy-rs: `deploy.nodes.<host>` with the system profile activated from the host's configuration. */
function deployNode(host: HostModel): Binding {
  const d = host.deployment!;
  const fields: Binding[] = [nix.bind("hostname", nix.str(d.targetHost))];
  if (d.sshUser !== undefined) fields.push(nix.bind("sshUser", nix.str(d.sshUser)));
  if (d.targetPort !== undefined)
    fields.push(nix.bind("sshOpts", nix.list([nix.str("-p"), nix.str(String(d.targetPort))])));
  if (d.magicRollback !== undefined) fields.push(nix.bind("magicRollback", nix.bool(d.magicRollback)));
  if (d.autoRollback !== undefined) fields.push(nix.bind("autoRollback", nix.bool(d.autoRollback)));
  if (d.remoteBuild !== undefined) fields.push(nix.bind("remoteBuild", nix.bool(d.remoteBuild)));
  const activate = nix.select(ident("deploy-rs"), [
    nix.staticKey("lib"),
    nix.staticKey(host.system),
    nix.staticKey("activate"),
    nix.staticKey("nixos"),
  ]);
  fields.push(
    nix.bind(
      nix.keys("profiles", "system"),
      nix.attrs([
        nix.bind("user", nix.str("root")),
        nix.bind(
          "path",
          nix.apply(
            activate,
            nix.select(ident("self"), [nix.staticKey("nixosConfigurations"), nix.staticKey(host.name)]),
          ),
        ),
      ]),
    ),
  );
  return nix.bind([nix.staticKey(host.name)], nix.attrs(fields));
}

/** deploy-rs's own checks of the deploy nodes, for every system deploy-rs supports. */
function deployChecks(): Expr {
  const perSystem = nix.lambda(
    "system",
    nix.lambda("deployLib", nix.apply(nix.select(ident("deployLib"), "deployChecks"), self("deploy"))),
  );
  return nix.callBuiltin("mapAttrs", perSystem, nix.select(ident("deploy-rs"), "lib"));
}

/** colmena: `meta` with nixpkgs per system, and each deployed host's module with its deployment. */
function colmenaHive(model: FlakeModel, deployed: readonly HostModel[], options: OutputOptions): Expr {
  const systems = [...new Set(deployed.map((h) => h.system))];
  const main = systems[0] ?? "x86_64-linux";
  const importNixpkgs = (system: string) =>
    nix.apply(ident("import"), ident("nixpkgs"), nix.attrs([nix.bind("system", nix.str(system))]));
  const meta: Binding[] = [nix.bind("nixpkgs", importNixpkgs(main))];
  const others = deployed.filter((h) => h.system !== main);
  if (others.length > 0) {
    meta.push(
      nix.bind(
        "nodeNixpkgs",
        nix.attrs(others.map((h) => nix.bind([nix.staticKey(h.name)], importNixpkgs(h.system)))),
      ),
    );
  }
  if (options.specialArgs) meta.push(nix.bind("specialArgs", inheritInputs()));
  void model;
  return nix.attrs([
    nix.bind("meta", nix.attrs(meta)),
    ...deployed.map((h) =>
      nix.bind(
        [nix.staticKey(h.name)],
        nix.attrs([
          nix.bind("deployment", colmenaDeployment(h.deployment!)),
          nix.bind("imports", nix.list([h.module])),
        ]),
      ),
    ),
  ]);
}

function colmenaDeployment(d: DeploymentModel): Expr {
  const fields: Binding[] = [nix.bind("targetHost", nix.str(d.targetHost))];
  if (d.targetPort !== undefined) fields.push(nix.bind("targetPort", nix.int(d.targetPort)));
  if (d.sshUser !== undefined) fields.push(nix.bind("targetUser", nix.str(d.sshUser)));
  if (d.remoteBuild !== undefined) fields.push(nix.bind("buildOnTarget", nix.bool(d.remoteBuild)));
  if (d.tags !== undefined) fields.push(nix.bind("tags", nix.list(d.tags.map((t) => nix.str(t)))));
  return nix.attrs(fields);
}

/** `{ <system>.<name> = self.nixosConfigurations.<host>.config.system.build.<format>; }` */
function images(model: FlakeModel): Expr | undefined {
  if (model.images.length === 0) return undefined;
  return nix.attrs(
    model.images.map((image) =>
      nix.bind(
        [nix.staticKey(image.system), nix.staticKey(image.name)],
        nix.select(ident("self"), [
          nix.staticKey("nixosConfigurations"),
          nix.staticKey(image.host),
          ...nix.keys("config", "system", "build", image.format),
        ]),
      ),
    ),
  );
}

/** One per-system output from several sources: `lib.recursiveUpdate a b` where there are two. */
function merged(parts: readonly (Expr | undefined)[]): Expr | undefined {
  const present = parts.filter((p): p is Expr => p !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((a, b) => nix.apply(nix.select(ident("lib"), "recursiveUpdate"), a, b));
}
