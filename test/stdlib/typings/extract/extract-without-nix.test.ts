// What a user without Nix is told (runs everywhere: no nix, no fixtures needed).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, expect, it } from "vitest";
import { ExtractError, extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import { MODULE_FIXTURES } from "./fixtures-at-hand.js";

const savedPath = process.env["PATH"];
afterEach(() => {
  process.env["PATH"] = savedPath;
});

it("explains that nix-instantiate is missing and how to do without it", async () => {
  // a lib-looking directory, so that resolution succeeds and the nix call itself is what fails
  const lib = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-lib-"));
  for (const f of ["default.nix", "modules.nix", "types.nix"]) fs.writeFileSync(path.join(lib, f), "{ }\n");
  process.env["PATH"] = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-empty-path-"));
  const attempt = extractSchema({ set: "vault-secrets.nix", nixpkgs: lib, cwd: MODULE_FIXTURES });
  await expect(attempt).rejects.toThrow(ExtractError);
  await expect(attempt).rejects.toThrow(/nix-instantiate was not found on PATH.*--schema FILE\.json\.gz/);
});
