// The README's first command: the example homelab in config/ builds as a flake, and every file it writes parses.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/golden-cases.js";
import { nixAvailable, parseFiles } from "../support/nix.js";
import { runCli } from "../support/run-cli.js";

describe("the example config", () => {
  it("builds as a flake with every host of the five notes, deployment, checks and shells", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-example-"));
    try {
      const result = await runCli(repoRoot, ["build", "config", "-o", path.join(out, "flake")]);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      const flake = fs.readFileSync(path.join(out, "flake", "flake.nix"), "utf8");
      const hosts = [...flake.matchAll(/^ {8}([\w-]+) = nixpkgs\.lib\.nixosSystem \{$/gm)].map((m) => m[1]);
      expect(hosts).toEqual([
        "server-x86",
        "server-x86-vm",
        "server-arm",
        "server-arm-vm",
        "server",
        "server-vm",
        "frame1",
        "frame1-vm",
        "frame1-installer",
        "desktop",
        "laptop",
        "forge",
      ]);
      for (const output of [
        "workstation = nix-darwin.lib.darwinSystem {",
        "alice = home-manager.lib.homeManagerConfiguration {",
        "deploy.nodes",
        "colmena =",
        "colmenaHive",
        "checks =",
        "formatter =",
        "devShells =",
      ])
        expect(flake).toContain(output);
      if (nixAvailable()) {
        const files = fs
          .readdirSync(path.join(out, "flake"), { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".nix"))
          .map((f) => path.join(out, "flake", f));
        expect(parseFiles(files)).toEqual([]);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
