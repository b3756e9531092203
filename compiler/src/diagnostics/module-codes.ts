// The diagnostics of modules, hosts, flakes and `tsnix build`/`check` (codes 1040–1099 for the project and its
// files, 1600–1699 for module-system code, 1700–1719 for secrets and typings of a flake), spread into `Diagnostics` in codes.ts.
import type { DiagnosticTemplate } from "./diagnostic.js";

const error = (code: number, message: string): DiagnosticTemplate => ({ code, message });

export const moduleDiagnostics = {
  // --- the project ----------------------------------------------------------------------------------------------
  noFlakeFile: (dir: string) =>
    error(1040, `No flake.ts in '${dir}': tsnix build compiles the project whose entry is DIR/flake.ts.`),
  flakeNotDefault: () =>
    error(1041, "flake.ts must `export default defineFlake({ … })`: that is what becomes flake.nix."),
  outputDirectoryNotOurs: (dir: string) =>
    error(
      1042,
      `'${dir}' exists, is not empty, and was not written by tsnix build (no .tsnix-build marker); refusing to replace it. Choose another output directory with -o, or remove it.`,
    ),
  helperImportCycle: (cycle: string) =>
    error(
      1043,
      `These files import each other (${cycle}); Nix files cannot. Move what they share into a file both import.`,
    ),
  fileOutsideProject: (file: string) =>
    error(
      1044,
      `'${file}' is outside the project directory; a flake can only hold files below its directory.`,
    ),
  staticValueRequired: (what: string, why: string) =>
    error(1045, `${what} must be written as a literal here (${why}).`),
  hostEntryNotHost: (name: string) =>
    error(
      1046,
      `The host '${name}' must be a defineHost(…) value: a file's default export or a const holding the call.`,
    ),
  inputMissing: (name: string) =>
    error(
      1047,
      `The flake needs an input named '${name}' for this (e.g. \`${name}: "github:…"\` in its inputs).`,
    ),
  imageHostNotInFlake: (image: string) =>
    error(1052, `The image '${image}' must be of a host the flake lists in its hosts.`),
  buildNotWritable: (dir: string, reason: string) =>
    error(1049, `Cannot write the flake to '${dir}': ${reason}`),
  evaluationFailed: (message: string) => error(1050, `NixOS evaluation failed: ${message}`),
  nixNotAvailable: (reason: string) => error(1051, `Cannot run nix to evaluate the hosts: ${reason}`),

  darwinEntryNotDarwin: (name: string) =>
    error(
      1680,
      `The darwinConfigurations entry '${name}' must be a defineDarwin(…) value: a file's default export or a const holding the call.`,
    ),
  homeConfigurationParts: (name: string) =>
    error(
      1681,
      `The home configuration '${name}' needs a system and modules: \`{ system: "x86_64-linux", modules: [home] }\`.`,
    ),

  // --- module-system code ---------------------------------------------------------------------------------------
  moduleArgumentsNotDestructured: () =>
    error(
      1600,
      "Destructure the module arguments this function uses, e.g. `({ config, pkgs }) => …`: NixOS passes a module only the arguments it names.",
    ),
  moduleArgumentDefault: (name: string) =>
    error(
      1601,
      `The module argument '${name}' cannot have a default: NixOS always passes the arguments a module names.`,
    ),
  moduleFunctionArity: () =>
    error(1602, "A module's config function takes one parameter: the module arguments, destructured."),
  pathArgument: () =>
    error(
      1603,
      "`path()` takes a string literal naming a file relative to this one, starting with ./ or ../.",
    ),
  pathNotFound: (relative: string) => error(1604, `\`path("${relative}")\`: there is no file there.`),
  flakeOutsideBuild: () =>
    error(
      1605,
      "`defineFlake` only has a meaning as the default export of flake.ts, compiled with `tsnix build` (not in an expression).",
    ),
  moduleSpecNotLiteral: (what: string) =>
    error(1606, `The argument of ${what} must be an object literal, so that tsnix can see its parts.`),
  rawNixNotTemplate: () =>
    error(1607, "`nix` is a template tag: write nix`…` (with ${…} for TypeScript values)."),
  moduleValueUse: () =>
    error(
      1608,
      "A module is only meaningful in `imports`, a host's `modules` or a flake output; it has no value to compute with.",
    ),
  unknownOption: (name: string, where: string) => error(1609, `'${name}' is not an option ${where}.`),
  nixosModulePath: () =>
    error(
      1611,
      '`nixosModule()` takes a literal path inside nixpkgs\' nixos/modules, e.g. "virtualisation/qemu-vm.nix".',
    ),
  needsModuleContext: (what: string) =>
    error(
      1612,
      `${what} reads the module arguments, so it can only be used inside a module or host (its config or imports).`,
    ),
  secretFileNotAbsolute: () =>
    error(
      1700,
      '`secretFile()` takes the absolute path of the secret on the machine, as a string ("/var/lib/keys/x"): a relative path or a path literal would put the secret into the world-readable Nix store.',
    ),
  flakeInputsUnavailable: (message: string) =>
    error(1701, `Cannot find the sources of the flake's inputs for its typings: ${message}`),
  flakeSetFailed: (setKey: string, input: string, message: string) =>
    error(1702, `The ${setKey} typings (from input '${input}') could not be generated: ${message}`),
  needsFlakeContext: (what: string) =>
    error(1613, `${what} only has a meaning in flake.ts, for an output of the flake.`),
  definitionTypeMismatch: (name: string, detail: string) =>
    error(1610, `The definition of '${name}' does not fit its option: ${detail}`),
  orderAroundSubmodule: () =>
    error(
      1620,
      "mkOrder, mkBefore and mkAfter cannot wrap a submodule's value: the module system leaves their priority beside it, which lib's submodule merge refuses. Order the entries of a list option instead.",
    ),
} as const;
