// The escape hatch, for what TypeScript cannot say: a package built from a hand-written Nix file.
import { defineHost, nix, path, type Package } from "tsnix";

const version = "1.2.3";

export default defineHost({
  system: "x86_64-linux",
  config: ({ pkgs }) => ({
    environment: {
      systemPackages: [
        pkgs.git,
        // raw Nix: callPackage with an override TypeScript cannot express
        nix<Package>`pkgs.callPackage ${path("./tool.nix")} { inherit (pkgs) stdenv; version = ${version}; }`,
      ],
    },
  }),
});
