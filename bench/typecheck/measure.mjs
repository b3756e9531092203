// The measurements: `tsc --noEmit` runs (wall time, and tsc's own --extendedDiagnostics figures) and completion
// latency through TypeScript's language service, the API tsserver answers editors with.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * One type-check with a tsc-compatible command line (`[executable, ...args]`): wall milliseconds, the figures
 * --extendedDiagnostics prints (memory in KB, times in ms) and the diagnostics it found.
 */
export function runChecker(command, config) {
  const [executable, ...args] = command;
  const started = process.hrtime.bigint();
  const result = spawnSync(executable, [...args, "--noEmit", "--extendedDiagnostics", "-p", config], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const output = `${result.stdout}\n${result.stderr}`;
  const figure = (label) => {
    const match = output.match(new RegExp(`^${label}:\\s+([\\d.]+)(K|s)?`, "m"));
    if (!match) return undefined;
    return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
  };
  return {
    wallMs,
    totalMs: figure("Total time"),
    checkMs: figure("Check time"),
    memoryKb: figure("Memory used"),
    errors: output.split("\n").filter((line) => /error TS\d+/.test(line)),
  };
}

/**
 * Completion latency where a user types inside `services: { … }` of the host config: the first request after an
 * edit (the file changed, the program is otherwise warm) and repeated requests on an unchanged file.
 */
export function completionLatency(ts, configFile, file, runs) {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const original = fs.readFileSync(file, "utf8");
  const anchor = original.indexOf("  services: {\n") + "  services: {\n".length;
  let version = 0;
  let text = original;
  const host = {
    getCompilationSettings: () => parsed.options,
    getScriptFileNames: () => parsed.fileNames,
    getScriptVersion: (name) => (path.resolve(name) === file ? String(version) : "0"),
    getScriptSnapshot: (name) => {
      const content = path.resolve(name) === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => path.dirname(configFile),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  // the user has typed a new member's first letters on an empty line: `services: {\n    op|,`
  const edit = (n) => {
    version++;
    const typed = "op".slice(0, 1 + (n % 2));
    text = `${original.slice(0, anchor)}    ${typed},\n${original.slice(anchor)}`;
    return anchor + 4 + typed.length;
  };
  const timed = (fn) => {
    const started = process.hrtime.bigint();
    const value = fn();
    return [Number(process.hrtime.bigint() - started) / 1e6, value];
  };
  const [coldMs] = timed(() => service.getSemanticDiagnostics(file));
  const afterEdit = [];
  const repeated = [];
  let entries = 0;
  let names = [];
  const programUpdate = [];
  for (let i = 0; i < runs; i++) {
    edit(i);
    // the share of an edit's cost that is rebuilding the program (the typings included) before any type is looked at
    programUpdate.push(timed(() => service.getProgram())[0]);
    // a second edit, so that the completion request pays for its own program update, as in an editor
    const position = edit(i + 1);
    const [ms, completions] = timed(() => service.getCompletionsAtPosition(file, position, {}));
    afterEdit.push(ms);
    entries = completions?.entries.length ?? 0;
    names = (completions?.entries ?? []).map((e) => e.name);
    repeated.push(timed(() => service.getCompletionsAtPosition(file, position, {}))[0]);
  }
  service.dispose();
  return {
    firstCheckMs: coldMs,
    afterEditMs: median(afterEdit),
    programUpdateMs: median(programUpdate),
    repeatedMs: median(repeated),
    entries,
    // a service the host does not configure yet (those it does are left out of the list)
    offersPostfix: names.includes("postfix"),
  };
}
