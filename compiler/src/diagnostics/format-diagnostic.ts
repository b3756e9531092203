// Renders diagnostics as `file:line:col - error TSNIX1234: message`, with a code frame when printing to a terminal.
import * as path from "node:path";
import type { Diagnostic } from "./diagnostic.js";

export interface FormatOptions {
  /** Paths are shown relative to this directory (like tsc does). */
  readonly cwd: string;
  /** Add a code frame under each located diagnostic (used when stderr/stdout is a TTY). */
  readonly codeFrame: boolean;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions): string {
  const where = d.file ? `${displayPath(d.file, options.cwd)}:${d.line}:${d.column} - ` : "";
  const head = `${where}${d.severity} ${d.code}: ${d.message}`;
  if (!options.codeFrame || d.sourceText === undefined) return head;
  return `${head}\n${codeFrame(d.sourceText, d.line, d.column, d.length)}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const text = diagnostics.map((d) => formatDiagnostic(d, options)).join(options.codeFrame ? "\n\n" : "\n");
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors === 0) return text ? `${text}\n` : "";
  return `${text}\n${options.codeFrame ? "\n" : ""}Found ${errors} error${errors === 1 ? "" : "s"}.\n`;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function codeFrame(text: string, line: number, column: number, length: number): string {
  const lines = text.split(/\r?\n/);
  const source = lines[line - 1] ?? "";
  const gutter = String(line).length;
  const underline = Math.max(1, Math.min(length, source.length - column + 1));
  return [
    `${String(line).padStart(gutter)} | ${source}`,
    `${" ".repeat(gutter)} | ${" ".repeat(Math.max(0, column - 1))}${"~".repeat(underline)}`,
  ].join("\n");
}
