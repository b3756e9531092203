// Finds the checkouts an extraction needs (nixpkgs and its lib, home-manager, nix-darwin, a module file).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ExtractError } from "./extract-error.js";

export type DriverSet = "nixos" | "home-manager" | "nix-darwin" | "file";

/** Everything extract.nix is called with; all paths absolute and real (declarations are matched by prefix). */
export interface ResolvedInputs {
  readonly driverSet: DriverSet;
  /** `set` of the schema: the set's name, or the module file's name. */
  readonly schemaSet: string;
  readonly libPath: string;
  /** A full nixpkgs checkout (with pkgs/ and nixos/), or undefined when only a lib is at hand. */
  readonly nixpkgs: string | undefined;
  readonly homeManager?: string;
  readonly darwin?: string;
  readonly file?: string;
  /** The directory a module file's declarations are recorded relative to. */
  readonly fileRoot?: string;
}

export interface InputRequest {
  readonly set: string;
  readonly nixpkgs?: string;
  readonly homeManager?: string;
  readonly darwin?: string;
  readonly cwd: string;
  /** NIX_PATH, passed in so that tests need not touch the environment. */
  readonly nixPath?: string;
}

const NAMED_SETS: readonly string[] = ["nixos", "home-manager", "nix-darwin"];

export function resolveInputs(request: InputRequest): ResolvedInputs {
  const fromNixPath = (name: string): string | undefined => nixPathEntry(request.nixPath, name);
  const nixpkgsGiven = request.nixpkgs ?? fromNixPath("nixpkgs");
  if (nixpkgsGiven === undefined) {
    throw new ExtractError(
      "no nixpkgs to evaluate options with: pass --nixpkgs PATH (a nixpkgs or nixpkgs.lib checkout) " +
        "or put nixpkgs=PATH in NIX_PATH",
    );
  }
  const { libPath, nixpkgs } = resolveNixpkgs(existing(request.cwd, nixpkgsGiven, "nixpkgs"));
  const base = { libPath, nixpkgs };
  switch (request.set) {
    case "nixos":
      if (nixpkgs === undefined) {
        throw new ExtractError(
          `${nixpkgsGiven} holds only a nixpkgs lib; the NixOS options need a full nixpkgs checkout (with nixos/)`,
        );
      }
      return { ...base, driverSet: "nixos", schemaSet: "nixos" };
    case "home-manager": {
      const given = request.homeManager ?? fromNixPath("home-manager");
      if (given === undefined) {
        throw new ExtractError(
          "no home-manager checkout: pass its path, or put home-manager=PATH in NIX_PATH",
        );
      }
      const homeManager = checkout(request.cwd, given, "home-manager", "modules/modules.nix");
      return { ...base, driverSet: "home-manager", schemaSet: "home-manager", homeManager };
    }
    case "nix-darwin": {
      const given = request.darwin ?? fromNixPath("darwin") ?? fromNixPath("nix-darwin");
      if (given === undefined) {
        throw new ExtractError("no nix-darwin checkout: put darwin=PATH (a nix-darwin checkout) in NIX_PATH");
      }
      const darwin = checkout(request.cwd, given, "nix-darwin", "modules/module-list.nix");
      return { ...base, driverSet: "nix-darwin", schemaSet: "nix-darwin", darwin };
    }
    default:
      return { ...base, ...moduleFile(request), driverSet: "file" };
  }
}

function moduleFile(
  request: InputRequest,
): Pick<ResolvedInputs, "schemaSet" | "file" | "fileRoot" | "homeManager"> {
  if (!request.set.endsWith(".nix") && !request.set.includes("/")) {
    throw new ExtractError(
      `unknown option set '${request.set}': use nixos, home-manager, nix-darwin or the path of a .nix module file`,
    );
  }
  let file = existing(request.cwd, request.set, "module file");
  if (fs.statSync(file).isDirectory()) file = existing(file, "default.nix", "module file");
  const cwd = fs.realpathSync(request.cwd);
  const underCwd = file.startsWith(cwd + path.sep);
  const stem = path.basename(file, ".nix");
  return {
    file,
    fileRoot: underCwd ? cwd : path.dirname(file),
    schemaSet: stem === "default" ? path.basename(path.dirname(file)) : stem,
    ...(request.homeManager === undefined
      ? {}
      : { homeManager: checkout(request.cwd, request.homeManager, "home-manager", "modules/modules.nix") }),
  };
}

/** A nixpkgs checkout, a nixpkgs.lib checkout (lib/ inside), or a lib directory itself. */
function resolveNixpkgs(dir: string): { libPath: string; nixpkgs: string | undefined } {
  const has = (relative: string): boolean => fs.existsSync(path.join(dir, relative));
  if (has("lib/default.nix") && has("lib/modules.nix")) {
    return { libPath: path.join(dir, "lib"), nixpkgs: has("pkgs/top-level/default.nix") ? dir : undefined };
  }
  if (has("default.nix") && has("modules.nix") && has("types.nix"))
    return { libPath: dir, nixpkgs: undefined };
  throw new ExtractError(`${dir} is not a nixpkgs checkout: it has no lib/default.nix`);
}

function checkout(cwd: string, given: string, what: string, marker: string): string {
  const dir = existing(cwd, given, what);
  if (!fs.existsSync(path.join(dir, marker))) {
    throw new ExtractError(`${dir} is not a ${what} checkout: it has no ${marker}`);
  }
  return dir;
}

function existing(cwd: string, given: string, what: string): string {
  const resolved = path.resolve(cwd, given.replace(/^~(?=$|\/)/, os.homedir()));
  if (!fs.existsSync(resolved)) throw new ExtractError(`the ${what} path ${resolved} does not exist`);
  return fs.realpathSync(resolved);
}

/**
 * Where NIX_PATH sends `<name>`: a `name=PATH` entry, or a plain directory holding `name` (a channels profile);
 * the first match wins, as in Nix. URLs and flake references cannot be used offline and are reported as such.
 */
export function nixPathEntry(nixPath: string | undefined, name: string): string | undefined {
  // ':' separates entries, except in URLs (https://…) and newer Nix's flake:/channel: references
  for (const entry of (nixPath ?? "").split(/(?<!=(?:flake|channel)):(?!\/\/)/).filter((e) => e !== "")) {
    const equals = entry.indexOf("=");
    if (equals < 0) {
      if (fs.existsSync(path.join(entry, name))) return path.join(entry, name);
      continue;
    }
    if (entry.slice(0, equals) !== name) continue;
    const target = entry.slice(equals + 1);
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      throw new ExtractError(
        `NIX_PATH points ${name} at ${target}, which tsnix cannot fetch: pass the path of a local checkout instead`,
      );
    }
    return target;
  }
  return undefined;
}
