// `tsnix types`: generate option typings. (Being implemented; see issue 3.)
import { ExitCode, type CliIo } from "../io.js";

export async function runTypesCommand(_args: readonly string[], io: CliIo): Promise<number> {
  io.stderr("tsnix types: not available yet\n");
  return ExitCode.usageOrInternal;
}
