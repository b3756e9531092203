import { defineModule, inputs } from "tsnix";

export default defineModule({ imports: [inputs["sops-nix"].nixosModules.sops] });
