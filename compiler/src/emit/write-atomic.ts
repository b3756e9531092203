// Writing output so that a reader never sees half a file: write a temporary sibling, then rename over the target.
import * as fs from "node:fs";
import * as path from "node:path";

export function writeFileAtomic(target: string, text: string): void {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) throw new Error(`the directory '${dir}' does not exist`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new Error("it is a directory");
  const temporary = path.join(dir, `.${path.basename(target)}.tsnix-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
