// A NixOS evaluation error, placed at the TypeScript it comes from, in this order:
// 1. The module system names the file of a bad definition by the module's `_file` (which tsnix sets to the .ts
//    source) and the option by its path; the definition is found in that file as the chain of property names ending
//    in the option's path.
// 2. An error raised in compiled code has a position in a generated .nix file (the innermost of nix's trace); the
//    file's source map (source-map.ts) names the binding there and the TypeScript that declared it, and a `throw`
//    whose text is the message, inside that declaration, is more precise still.
// 3. A message the TypeScript wrote (an assertion's message, a thrown text) is found where it is written.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticInFile, diagnosticWithoutLocation } from "../diagnostics/diagnostic.js";
import type { OutputFile, ProjectBuild } from "./build-project.js";
import { mappingAt, matchingSuffix, propertyChain, sourceMapOf } from "./source-map.js";
import { generatedFileHeader } from "./write-tree.js";

type GeneratedFile = Extract<OutputFile, { kind: "generated" }>;

export function locateNixError(stderr: string, dir: string, build: ProjectBuild): Diagnostic {
  const message = nixErrorMessage(stderr);
  const template = Diagnostics.evaluationFailed(message);
  const at = (source: ts.SourceFile, node: ts.Node): Diagnostic =>
    diagnosticInFile(source, node.getStart(source), node.getWidth(source), template);

  const mentioned = mentionedSource(message, build);
  const option = /The option(?: value)? `([^']+)'/.exec(message)?.[1];
  if (mentioned && option) {
    const source = readSource(path.join(dir, mentioned));
    // `services.x.[definition 1-entry 2]`: the definition of services.x.
    const found =
      source &&
      findDefinition(
        source,
        option.split(".").filter((name) => !name.startsWith("[")),
      );
    if (source && found) return at(source, found);
  }

  const position = generatedPosition(stderr, build);
  if (position?.file.ast) {
    const source = readSource(path.join(dir, position.file.source));
    if (source) {
      const mappings = sourceMapOf(position.file.ast, position.file.text, source);
      const mapping = mappingAt(mappings, position.line);
      const declaration = mapping && nodeAtLine(source, mapping.tsLine, mapping.tsColumn);
      const text = writtenMessage(source, message, declaration);
      if (text) return at(source, text);
      if (declaration) return at(source, declaration);
    }
  }

  for (const file of generatedSources(build)) {
    const source = readSource(path.join(dir, file));
    const text = source && writtenMessage(source, message, undefined);
    if (source && text) return at(source, text);
  }

  const file = mentioned ?? position?.file.source;
  return file
    ? diagnosticWithoutLocation(template, path.join(dir, file))
    : diagnosticWithoutLocation(template);
}

/** The text after the first `error:` up to nix's trace, without terminal colours and Nix's indentation. */
export function nixErrorMessage(stderr: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = stderr.replace(/\u001b\[[0-9;]*m/g, "");
  const start = /(^|\n)error:/.exec(plain);
  const text = start ? plain.slice(start.index + start[0].length) : plain;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*(… |\.\.\. )?while /.test(line) || /^\s*at \S+:\d+:\d+:?$/.test(line)) break;
    if (/^\s*\d+\|/.test(line) || line.includes("--show-trace")) continue;
    if (line.trim() !== "") lines.push(line.trim());
  }
  return lines.slice(0, 12).join("\n");
}

function generatedSources(build: ProjectBuild): string[] {
  return build.files.flatMap((f) => (f.kind === "generated" && f.ast ? [f.source] : []));
}

/** A project .ts file the message names (`In \`hosts/a.ts'`, `in \`modules/b.ts'`). */
function mentionedSource(message: string, build: ProjectBuild): string | undefined {
  const sources = new Set(build.files.flatMap((f) => (f.kind === "generated" ? [f.source] : [])));
  for (const match of message.matchAll(/`([^'`]+\.[cm]?ts)'/g)) if (sources.has(match[1]!)) return match[1];
  return undefined;
}

/**
 * The first position in nix's trace (the innermost, with --show-trace) inside a generated .nix file: the flake is
 * evaluated from the store (`…-source/modules/x.nix:3:5`). nix quotes the line it points at; when it does, the quote
 * must be that line of the generated file (nixpkgs is a `…-source` path too).
 */
function generatedPosition(
  stderr: string,
  build: ProjectBuild,
): { file: GeneratedFile; line: number } | undefined {
  // eslint-disable-next-line no-control-regex
  const plain = stderr.replace(/\u001b\[[0-9;]*m/g, "");
  for (const match of plain.matchAll(/\/nix\/store\/[a-z0-9]{32}-source\/([^:\s]+\.nix):(\d+):\d+/g)) {
    const file = build.files.find(
      (f): f is GeneratedFile => f.kind === "generated" && f.ast !== undefined && f.path === match[1],
    );
    if (!file) continue;
    const header = generatedFileHeader(file.source).split("\n").length - 1;
    const line = Number(match[2]) - header;
    const written = file.text.split("\n")[line - 1];
    const quoted = new RegExp(`^\\s*${match[2]}\\|(.*)$`, "m").exec(
      plain.slice(match.index! + match[0].length),
    );
    if (written === undefined) continue;
    if (quoted && quoted.index < 400 && quoted[1]!.trim() !== written.trim()) continue;
    return { file, line };
  }
  return undefined;
}

function readSource(file: string): ts.SourceFile | undefined {
  if (!fs.existsSync(file)) return undefined;
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** The declaration name a source map points at (1-based line and column), and the declaration around it. */
function nodeAtLine(source: ts.SourceFile, line: number, column: number): ts.Node | undefined {
  const offset = source.getPositionOfLineAndCharacter(line - 1, column - 1);
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart(source) === offset && ts.isIdentifier(node)) found = node;
    else if (node.pos <= offset && offset < node.end) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A string or template the TypeScript wrote whose text is (part of) the message, e.g. an assertion's message or a
 * thrown error's; inside `within`'s declaration when given. A template's substitutions match any text.
 */
function writtenMessage(
  source: ts.SourceFile,
  message: string,
  within: ts.Node | undefined,
): ts.Node | undefined {
  const scope = within ? declarationAround(within) : source;
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    const pattern = textPattern(node);
    if (pattern && pattern.test(message)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(scope);
  return found;
}

function declarationAround(node: ts.Node): ts.Node {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at) || ts.isFunctionDeclaration(at))
      return at;
  }
  return node;
}

/** A pattern for the texts a literal can produce; undefined for literals too short to tell anything apart. */
function textPattern(node: ts.Node): RegExp | undefined {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let parts: string[];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) parts = [node.text];
  else if (ts.isTemplateExpression(node))
    parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  else return undefined;
  if (parts.join("").trim().length < 8) return undefined;
  return new RegExp(parts.map(escape).join("[\\s\\S]*?"));
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
