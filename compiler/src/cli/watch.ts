// `tsnix build --watch`: rebuilds when a file of the project changes, until interrupted.
import * as fs from "node:fs";
import * as path from "node:path";
import type { CliIo } from "./io.js";

/** Rebuilds `dir` after each burst of changes (output and dot-directories ignored); never returns on its own. */
export async function watchProject(
  dir: string,
  out: string,
  build: () => number,
  io: CliIo,
): Promise<number> {
  build();
  io.stderr(`tsnix: watching ${path.relative(io.cwd, dir) || "."} for changes (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | undefined;
  const outside = (file: string) => {
    const absolute = path.join(dir, file);
    return (
      absolute === out ||
      absolute.startsWith(out + path.sep) ||
      file.split(path.sep).some((p) => p.startsWith("."))
    );
  };
  return new Promise<number>(() => {
    fs.watch(dir, { recursive: true }, (_event, file) => {
      if (!file || outside(file.toString())) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const code = build();
        io.stderr(code === 0 ? "tsnix: rebuilt\n" : "tsnix: waiting for a fix\n");
      }, 100);
    });
  });
}
