// Options that take a secret's file demand a secret reference: their string and path types become SecretPath (so a
// plain string is a type error at its line), through nullOr, listOf and unions; the secret tools' own settings,
// public keys and non-string types stay as they are; the rule can be replaced or turned off.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateTypings } from "../../../stdlib/src/typings/generate-typings.js";
import {
  DEFAULT_SECRET_OPTIONS,
  NO_SECRET_OPTIONS,
  secretOptionsMatching,
} from "../../../stdlib/src/typings/secret-options.js";
import type { SchemaType } from "../../../stdlib/src/typings/schema.js";
import { option, schemaOf, t } from "./support/schema-builders.js";
import {
  createCheckedProgram,
  describeDiagnostic,
  lineOf,
  temporaryDirectory,
  writeFiles,
} from "./support/typings-fixtures.js";

const pathType: SchemaType = { name: "path", description: "path" };
const schema = schemaOf([
  option("services.db.passwordFile", t.nullOr(pathType)),
  option("services.db.environmentFiles", t.listOf(pathType)),
  option("services.db.settings.client_secret_file", t.str),
  option("services.db.tokenFile", t.either(t.bool, t.str)),
  option("services.db.generateKeyFile", t.bool),
  option("services.db.publicKeyFile", pathType),
  option("services.db.authorizedKeysFiles", t.listOf(t.str)),
  option("services.db.name", t.str),
  option("sops.age.keyFile", t.nullOr(pathType)),
  option("users.users", t.attrsOf(t.submodule(option("hashedPasswordFile", t.nullOr(t.str))))),
]);

const compact = (text: string): string => text.replace(/\s+/g, " ");
const member = (text: string, name: string): string =>
  new RegExp(`${name}\\?: ([^;]*);`).exec(compact(text).replace(/\/\*\*.*?\*\//g, ""))?.[1] ?? "(missing)";

describe("secret options in generated typings", () => {
  const generated = generateTypings(schema);
  const text = generated.files[0]!.text;

  it("turn the string and path types of options that take a secret's file into SecretPath", () => {
    expect(member(text, "passwordFile")).toBe("Definition<SecretPath | null> | undefined");
    expect(member(text, "environmentFiles")).toBe("Definition<readonly SecretPath[]> | undefined");
    expect(member(text, "client_secret_file")).toBe("Definition<SecretPath> | undefined");
    expect(member(text, "tokenFile")).toBe("Definition<boolean | SecretPath> | undefined");
    expect(member(text, "hashedPasswordFile")).toBe("Definition<SecretPath | null> | undefined");
    expect(text).toMatch(/import type \{[^}]*\bSecretPath\b[^}]*\} from "tsnix"/);
  });

  it("leave other options alone: other types, public material, the secret tools' own settings", () => {
    expect(member(text, "generateKeyFile")).toBe("Definition<boolean> | undefined");
    expect(member(text, "publicKeyFile")).toBe("Definition<PathValue> | undefined");
    expect(member(text, "authorizedKeysFiles")).toBe("Definition<readonly string[]> | undefined");
    expect(member(text, "name")).toBe("Definition<string> | undefined");
    expect(member(text, "keyFile")).toBe("Definition<PathValue | null> | undefined");
  });

  it("say so in each option's documentation and count them in the report", () => {
    expect(text.match(/Takes a secret's file: `sopsSecret\("name"\)`/g)?.length).toBe(5);
    expect(generated.report.secretOptions).toBe(5);
  });

  it("follow --secret-options REGEX, and none with --no-secret-options", () => {
    const custom = generateTypings(schema, { secretOptions: secretOptionsMatching(/^name$/) });
    expect(member(custom.files[0]!.text, "name")).toBe("Definition<SecretPath> | undefined");
    expect(member(custom.files[0]!.text, "passwordFile")).toBe("Definition<PathValue | null> | undefined");
    const none = generateTypings(schema, { secretOptions: NO_SECRET_OPTIONS });
    expect(none.report.secretOptions).toBe(0);
    expect(none.files[0]!.text).not.toContain("SecretPath");
  });

  it.each([
    ["passwordFile", true],
    ["password_file", true],
    ["environmentFile", true],
    ["basicAuthFile", true],
    ["tlsKeyFile", true],
    ["apiKeyFile", true],
    ["credentialsFile", true],
    ["secretKeyBaseFile", true],
    ["keyfile", true],
    ["publicKeyFile", false],
    ["authorizedKeysFiles", false],
    ["configFile", false],
    ["file", false],
    ["passwordCommand", false],
    ["generatePrivateKeyFile", true],
    ["known_hosts_file", false],
  ])("the default rule: %s → %s", (name, expected) => {
    expect(DEFAULT_SECRET_OPTIONS.matches(["services", "x", name])).toBe(expected);
  });
});

describe("a config against secret-typed options", () => {
  const dir = temporaryDirectory("secret-options");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("accepts sopsSecret, ageSecret and secretFile, and refuses plain text at its line", () => {
    writeFiles(path.join(dir, "nixos"), generateTypings(schema).files);
    const config = path.join(dir, "config.ts");
    fs.writeFileSync(
      config,
      [
        'import { ageSecret, secretFile, sopsSecret, type NixosConfig } from "tsnix";',
        "export const ok: NixosConfig = {",
        '  services: { db: { passwordFile: sopsSecret("db"), environmentFiles: [ageSecret("env"), secretFile("/var/lib/db.env")] } },',
        '  users: { users: { alice: { hashedPasswordFile: sopsSecret("alice") } } },',
        '  sops: { age: { keyFile: "/var/lib/sops-nix/key.txt" } },',
        "};",
        "export const bad: NixosConfig = {",
        '  services: { db: { passwordFile: "hunter2" } }, // MISUSE',
        "};",
        'export const badList: NixosConfig = { services: { db: { environmentFiles: ["/etc/db.env"] } } }; // MISUSE',
        'export const relative = secretFile("keys/db"); // MISUSE',
      ].join("\n"),
    );
    const checked = createCheckedProgram([path.join(dir, "nixos", "index.d.ts"), config]);
    const diagnostics = checked.diagnostics(config);
    const misuses = fs
      .readFileSync(config, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes("// MISUSE") ? [i + 1] : []));
    expect(diagnostics.map(lineOf), diagnostics.map(describeDiagnostic).join("\n")).toEqual(misuses);
  });
});
