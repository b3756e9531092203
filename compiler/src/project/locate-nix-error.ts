// A NixOS evaluation error, placed at the TypeScript it comes from. The module system names the file of a bad
// definition by the module's `_file` (which tsnix sets to the .ts source) and the option by its path; the
// definition is found in that file as the chain of property names ending in the option's path. Errors raised in
// compiled code name the .nix file, which mirrors the .ts file of the same path.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticInFile, diagnosticWithoutLocation } from "../diagnostics/diagnostic.js";
import type { ProjectBuild } from "./build-project.js";

export function locateNixError(stderr: string, dir: string, build: ProjectBuild): Diagnostic {
  const message = nixErrorMessage(stderr);
  const template = Diagnostics.evaluationFailed(message);
  const file = mentionedSource(message, build) ?? sourceOfNixPosition(stderr, build);
  if (!file) return diagnosticWithoutLocation(template);
  const absolute = path.join(dir, file);
  const option = /The option(?: value)? `([^']+)'/.exec(message)?.[1];
  const source = readSource(absolute);
  const found = source && option ? findDefinition(source, option.split(".")) : undefined;
  if (source && found)
    return diagnosticInFile(source, found.getStart(source), found.getWidth(source), template);
  return diagnosticWithoutLocation(template, absolute);
}

/** The text after `error:` up to the trace, without terminal colours and Nix's indentation. */
export function nixErrorMessage(stderr: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = stderr.replace(/\u001b\[[0-9;]*m/g, "");
  const at = plain.lastIndexOf("error:");
  const text = at >= 0 ? plain.slice(at + "error:".length) : plain;
  return text
    .split("\n")
    .filter((line) => !/^\s*(… |\.\.\. )?(while|at) /.test(line) && !line.includes("--show-trace"))
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, 12)
    .join("\n");
}

/** A project .ts file the message names (`In \`hosts/a.ts'`, `in \`modules/b.ts'`). */
function mentionedSource(message: string, build: ProjectBuild): string | undefined {
  const sources = new Set(build.files.flatMap((f) => (f.kind === "generated" ? [f.source] : [])));
  for (const match of message.matchAll(/`([^'`]+\.[cm]?ts)'/g)) if (sources.has(match[1]!)) return match[1];
  return undefined;
}

/** The .ts source of the first generated .nix file a trace position names (`…-source/modules/x.nix:3:5`). */
function sourceOfNixPosition(stderr: string, build: ProjectBuild): string | undefined {
  for (const match of stderr.matchAll(/\/nix\/store\/[a-z0-9]{32}-source\/([^:\s]+\.nix):\d+:\d+/g)) {
    const generated = build.files.find((f) => f.kind === "generated" && f.path === match[1]);
    if (generated) return generated.source;
  }
  return undefined;
}

function readSource(file: string): ts.SourceFile | undefined {
  if (!fs.existsSync(file)) return undefined;
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** The property whose chain of enclosing property names ends with the longest part of `optionPath`. */
export function findDefinition(source: ts.SourceFile, optionPath: readonly string[]): ts.Node | undefined {
  const last = optionPath[optionPath.length - 1];
  let best: { node: ts.Node; score: number } | undefined;
  const visit = (node: ts.Node): void => {
    if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      propertyName(node) === last
    ) {
      const score = matchingSuffix(propertyChain(node), optionPath);
      if (!best || score > best.score) best = { node: node.name, score };
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return best?.node;
}

function propertyName(node: ts.ObjectLiteralElementLike): string | undefined {
  const name = node.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** Names of the properties enclosing `node` (itself included), outermost first, across calls like mkIf(…). */
function propertyChain(node: ts.Node): string[] {
  const chain: string[] = [];
  for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
    if (ts.isPropertyAssignment(at) || ts.isShorthandPropertyAssignment(at)) {
      const name = propertyName(at);
      if (name !== undefined) chain.unshift(name);
    }
  }
  return chain;
}

function matchingSuffix(chain: readonly string[], optionPath: readonly string[]): number {
  let score = 0;
  while (
    score < chain.length &&
    score < optionPath.length &&
    chain[chain.length - 1 - score] === optionPath[optionPath.length - 1 - score]
  ) {
    score++;
  }
  return score;
}
