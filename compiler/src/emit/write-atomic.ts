// Writing output so that a reader never sees half a file, and a run never leaves half its files: every file is
// first written to a temporary sibling, and only when all of them are written are they renamed into place; a
// failure while renaming puts the earlier files back as they were.
import * as fs from "node:fs";
import * as path from "node:path";

export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/** Why a set of files was not written; nothing was changed on disk. */
export class OutputWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: "not-ours" | "failed",
    message: string,
  ) {
    super(message);
  }
}

export function writeFileAtomic(target: string, text: string): void {
  writeFilesAtomically([{ path: target, text }], () => true);
}

/**
 * Write every file or none. `mayReplace` says whether an existing file may be replaced (tsnix replaces only what
 * it wrote); missing directories are created (and removed again on failure).
 */
export function writeFilesAtomically(
  files: readonly OutputFile[],
  mayReplace: (file: string) => boolean,
): void {
  const targets = files.map((f) => path.resolve(f.path));
  if (new Set(targets).size !== targets.length) throw new Error("internal: one output path written twice");
  for (const target of targets) checkTarget(target, mayReplace);
  const createdDirs: string[] = [];
  const staged: { readonly target: string; readonly temporary: string }[] = [];
  const replaced: { readonly target: string; readonly backup: string | undefined }[] = [];
  try {
    for (const [i, target] of targets.entries()) {
      createDirectory(path.dirname(target), createdDirs);
      const temporary = siblingName(target, "tmp");
      staged.push({ target, temporary });
      fs.writeFileSync(temporary, files[i]!.text);
    }
    for (const { target, temporary } of staged) {
      const backup = fs.existsSync(target) ? keepCopy(target) : undefined;
      replaced.push({ target, backup });
      fs.renameSync(temporary, target);
    }
  } catch (error) {
    restore(replaced);
    for (const { temporary } of staged) fs.rmSync(temporary, { force: true });
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
    const message = (error as Error).message;
    throw new OutputWriteError(replaced.at(-1)?.target ?? staged.at(-1)?.target ?? "", "failed", message);
  }
  for (const { backup } of replaced) if (backup) fs.rmSync(backup, { force: true });
}

function checkTarget(target: string, mayReplace: (file: string) => boolean): void {
  if (!fs.existsSync(target)) return;
  if (fs.statSync(target).isDirectory()) throw new OutputWriteError(target, "failed", "it is a directory");
  if (!mayReplace(target)) throw new OutputWriteError(target, "not-ours", "it was not written by tsnix");
}

/** mkdir -p, remembering the directories it created (outermost first). */
function createDirectory(dir: string, created: string[]): void {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new Error(`'${dir}' is not a directory`);
    return;
  }
  createDirectory(path.dirname(dir), created);
  fs.mkdirSync(dir);
  created.push(dir);
}

function siblingName(target: string, purpose: string): string {
  const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.tsnix-${unique}.${purpose}`);
}

/** A copy of the file about to be replaced, to put back if a later file fails. */
function keepCopy(target: string): string {
  const backup = siblingName(target, "bak");
  try {
    fs.linkSync(target, backup);
  } catch {
    fs.copyFileSync(target, backup);
  }
  return backup;
}

function restore(
  replaced: readonly { readonly target: string; readonly backup: string | undefined }[],
): void {
  for (const { target, backup } of [...replaced].reverse()) {
    try {
      if (backup) fs.renameSync(backup, target);
      else fs.rmSync(target, { force: true });
    } catch {
      // Best effort: the original error is what the user needs to see.
    }
  }
}
