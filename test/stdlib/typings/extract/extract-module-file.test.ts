// Stage 1 on hand-written module files evaluated alone with a lib-only nixpkgs (nixpkgs.lib fixture).
import { beforeAll, describe, expect, it } from "vitest";
import { ExtractError, extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import type { OptionsSchema, SchemaOption } from "../../../../stdlib/src/typings/schema.js";
import { nixAvailable } from "../../../support/nix.js";
import { MODULE_FIXTURES, fixture, fixturesAtHand, flattenOptions } from "./fixtures-at-hand.js";

const atHand = nixAvailable() && fixturesAtHand("stage-1 extraction of module files", "nixpkgs-lib");

describe.skipIf(!atHand)("extractSchema on a module file, alone with a nixpkgs lib", () => {
  let schema: OptionsSchema;
  let options: Map<string, SchemaOption>;

  beforeAll(async () => {
    schema = await extractSchema({
      set: "./vault-secrets.nix",
      nixpkgs: fixture("nixpkgs-lib"),
      cwd: MODULE_FIXTURES,
    });
    options = flattenOptions(schema.options);
  });

  it("emits the file's options and those of the files it imports, declared relative to the working directory", () => {
    expect(schema.set).toBe("vault-secrets");
    expect(schema.options.map((o) => o.loc.join("."))).toEqual([
      "vault.agent",
      "vault.defaultFile",
      "vault.enable",
      "vault.hostLabel",
      "vault.package",
      "vault.policies",
      "vault.secrets",
      "vault.settings",
      "vault.templates",
    ]);
    expect(options.get("vault.templates")?.declarations).toEqual(["vault-templates.nix"]);
    expect(options.get("vault.enable")?.declarations).toEqual(["vault-secrets.nix"]);
  });

  it("walks submodule fields with their enums, defaults and literal default texts", () => {
    expect(options.get("vault.secrets.<elemType>.format")).toMatchObject({
      type: { name: "enum", values: ["yaml", "json", "binary"] },
      default: { value: "yaml" },
      description: "Format of the encrypted file.",
    });
    expect(options.get("vault.secrets.<elemType>.path")?.defaultText).toEqual({
      literalExpression: '"/run/vault/${name}"',
    });
    expect(options.get("vault.secrets.<elemType>.restartUnits")?.example).toEqual({
      value: ["nginx.service"],
    });
  });

  it("records a freeform submodule's freeform type as the nested role freeformType", () => {
    const agent = options.get("vault.agent")!.type;
    expect(agent.nested?.["freeformType"]).toMatchObject({
      name: "attrsOf",
      nested: { elemType: { name: "str" } },
    });
    expect(options.get("vault.agent.port")?.type.name).toBe("unsignedInt16");
  });

  it("cuts a recursive type where it repeats, referring to the option type it repeats", () => {
    const either = options.get("vault.settings")!.type.nested!["elemType"]!;
    const viaAttrs = either.nested!["left"]!.nested!["right"]!.nested!["elemType"]!;
    expect(viaAttrs).toMatchObject({ name: "nullOr", recursive: true, ref: ["vault", "settings"] });
  });

  it("cuts a submodule that contains itself, referring to its first occurrence", () => {
    expect(options.get("vault.policies.<elemType>.capabilities")?.type.name).toBe("listOf");
    const children = options.get("vault.policies.<elemType>.children")!.type.nested!["elemType"]!;
    expect(children).toMatchObject({
      name: "submodule",
      recursive: true,
      ref: ["vault", "policies", "<elemType>"],
    });
  });

  it("renders a default that needs packages as an error marker instead of failing", () => {
    expect(options.get("vault.package")?.default).toEqual({ value: { _tsnix: "error" } });
    expect(schema.source).toContain("without packages");
  });

  it("leaves out a default that aborts evaluation (it reads NixOS options), and says so", () => {
    const label = options.get("vault.hostLabel")!;
    expect(label.default).toBeUndefined();
    expect(label.description).toBe("A label (a default that needs NixOS's config).");
    expect(schema.source).toContain("the values of vault.hostLabel");
  });

  it("reports a module file that does not parse with nix's message", async () => {
    const attempt = extractSchema({
      set: "broken.nix",
      nixpkgs: fixture("nixpkgs-lib"),
      cwd: MODULE_FIXTURES,
    });
    await expect(attempt).rejects.toThrow(ExtractError);
    await expect(attempt).rejects.toThrow(/module file .*broken\.nix[\s\S]*syntax error/);
  });
});
