// A Mac must be a defineDarwin value the flake can see (TSNIX1680), a home's system a literal (TSNIX1045), and
// homes and Macs need their inputs (TSNIX1047).
import { defineDarwin, defineFlake, defineHome, type DarwinHost, type FlakeSystem } from "tsnix";

const mac = defineDarwin({ system: "aarch64-darwin" });
const pick = (): DarwinHost<unknown> => mac;
const home = defineHome({ config: { home: { username: "alice" } } });
const arch = (): FlakeSystem => "x86_64-linux";

export default defineFlake({
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" },
  darwinConfigurations: { mac: pick() },
  homeConfigurations: { alice: { system: arch(), modules: [home] } },
});
