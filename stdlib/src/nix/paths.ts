// `path("./hardware.nix")`: a file beside the TypeScript source, as a Nix path value. tsnix copies the file into the
// output in the same relative place, so the generated Nix finds it.
import type { NixPath } from "../typings/value-types.js";

/** A Nix path relative to the file that names it (a string literal starting with `./` or `../`). */
export function path(relative: string): NixPath {
  return { _type: "path", path: relative };
}
