#!/usr/bin/env node
// The `tsnix` command: dispatches to one command per verb and turns every failure into an exit code, never a trace.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ExitCode, type CliIo, processIo } from "./io.js";
import { UsageError } from "./parse-args.js";

export const USAGE = `Usage:
  tsnix compile FILE.ts [-o OUT.nix]   compile one file's default export to a Nix expression
  tsnix build [DIR] [-o OUT] [--watch] compile the project DIR/flake.ts into a flake (default OUT: DIR/result-flake)
  tsnix check [DIR] [--eval] [--override-input NAME PATH]
                                       check the project like build, writing nothing; --eval also evaluates every
                                       host with nix and reports NixOS errors at their TypeScript lines
  tsnix types [--nixpkgs PATH] [--set nixos|home-manager|nix-darwin|PATH.nix] [--schema FILE.json.gz] [-o DIR]
              [--home-manager PATH]    generate option typings into DIR/<set>/ (default DIR: .tsnix/types), from a
                                       schema file (no nix needed) or from a nixpkgs/home-manager checkout via nix
  tsnix types --flake DIR [--override-input NAME PATH] [-o OUT]
                                       typings for every option set among the flake's inputs (default OUT:
                                       DIR/.tsnix/types); --secret-options REGEX / --no-secret-options choose which
                                       options demand a secret reference (default: passwordFile, keyFile, …)
  tsnix --help | --version

Exit codes: 0 success, 1 the input has errors, 2 usage or internal error.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// Each command's modules are loaded when it runs: `tsnix build` never loads the typings generator, and so on.
const commands: Readonly<Record<string, Command>> = {
  compile: async (args, io) => (await import("./commands/compile.js")).runCompileCommand(args, io),
  build: async (args, io) => (await import("./commands/build.js")).runBuildCommand(args, io),
  check: async (args, io) => (await import("./commands/build.js")).runCheckCommand(args, io),
  types: async (args, io) => (await import("./commands/types.js")).runTypesCommand(args, io),
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === "--help" || verb === "-h" || verb === "help") {
    (verb === undefined ? io.stderr : io.stdout)(USAGE);
    return verb === undefined ? ExitCode.usageOrInternal : ExitCode.ok;
  }
  if (verb === "--version" || verb === "-v") {
    io.stdout(`${await packageVersion()}\n`);
    return ExitCode.ok;
  }
  const command = commands[verb];
  if (!command) {
    io.stderr(`tsnix: unknown command '${verb}'\n\n${USAGE}`);
    return ExitCode.usageOrInternal;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tsnix ${verb}: ${error.message}\n\n${USAGE}`);
      return ExitCode.usageOrInternal;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `tsnix: internal error — this is a bug in tsnix, please report it with the input that caused it.\n` +
        (process.env["TSNIX_DEBUG"] ? `${detail}\n` : `${error instanceof Error ? error.message : detail}\n`),
    );
    return ExitCode.usageOrInternal;
  }
}

async function packageVersion(): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const { tsnixPackageRoot } = await import("../program/package-root.js");
  const manifest = JSON.parse(await readFile(`${tsnixPackageRoot()}/package.json`, "utf8")) as {
    version: string;
  };
  return manifest.version;
}

function isEntryPoint(): boolean {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = ExitCode.usageOrInternal;
    },
  );
}
