// The diagnostic record every stage reports into, and the bag that collects them in source order.
import { ts } from "../typescript.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  /** `TSNIX1234` for our own diagnostics, `TS2322` for the TypeScript checker's. */
  readonly code: string;
  readonly message: string;
  /** Absolute path of the file, or undefined for diagnostics about the command line. */
  readonly file: string | undefined;
  /** 0-based offset and length in the file's text, for code frames. */
  readonly start: number;
  readonly length: number;
  /** 1-based line and column (in UTF-16 units, like TypeScript and editors). */
  readonly line: number;
  readonly column: number;
  /** The whole source text of `file`, kept for code frames. */
  readonly sourceText: string | undefined;
}

/** A diagnostic as defined in codes.ts, before it is placed at a node. */
export interface DiagnosticTemplate {
  readonly code: number;
  readonly message: string;
  readonly severity?: Severity;
}

export function diagnosticAt(node: ts.Node, template: DiagnosticTemplate): Diagnostic {
  const sourceFile = node.getSourceFile();
  const start = node.getStart(sourceFile);
  return diagnosticInFile(sourceFile, start, node.getEnd() - start, template);
}

export function diagnosticInFile(
  sourceFile: ts.SourceFile,
  start: number,
  length: number,
  template: DiagnosticTemplate,
): Diagnostic {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
  return {
    severity: template.severity ?? "error",
    code: `TSNIX${template.code}`,
    message: template.message,
    file: sourceFile.fileName,
    start,
    length,
    line: line + 1,
    column: character + 1,
    sourceText: sourceFile.text,
  };
}

/** A diagnostic with no source location (bad command line, unreadable file). */
export function diagnosticWithoutLocation(template: DiagnosticTemplate, file?: string): Diagnostic {
  return {
    severity: template.severity ?? "error",
    code: `TSNIX${template.code}`,
    message: template.message,
    file,
    start: 0,
    length: 0,
    line: 1,
    column: 1,
    sourceText: undefined,
  };
}

export function fromTypeScriptDiagnostic(d: ts.Diagnostic): Diagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const severity: Severity = d.category === ts.DiagnosticCategory.Error ? "error" : "warning";
  if (!d.file || d.start === undefined) {
    return { ...diagnosticWithoutLocation({ code: 0, message, severity }), code: `TS${d.code}` };
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return {
    severity,
    code: `TS${d.code}`,
    message,
    file: d.file.fileName,
    start: d.start,
    length: d.length ?? 0,
    line: line + 1,
    column: character + 1,
    sourceText: d.file.text,
  };
}

/** Collects diagnostics; a stage keeps going after an error so that one run reports every problem. */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  report(node: ts.Node, template: DiagnosticTemplate): void {
    this.items.push(diagnosticAt(node, template));
  }

  addAll(diagnostics: Iterable<Diagnostic>): void {
    for (const d of diagnostics) this.items.push(d);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Sorted by file, then position. Only the first diagnostic reported at a position is kept: a construct that was
   * refused once should not be refused again by the code that uses its placeholder.
   */
  sorted(): readonly Diagnostic[] {
    const seen = new Set<string>();
    return this.items
      .map((d, order) => ({ d, order }))
      .sort(
        (a, b) =>
          (a.d.file ?? "").localeCompare(b.d.file ?? "") || a.d.start - b.d.start || a.order - b.order,
      )
      .map(({ d }) => d)
      .filter((d) => {
        const key = `${d.file}:${d.start}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
}
