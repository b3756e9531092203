// The model and emit layers on small synthetic schemas: the shape of the output (root interface, augmentation,
// namespaces, files, imports), submodule naming and deduplication, recursion, the optional/readOnly/deprecated
// rules, freeform submodules, and determinism. A last test type-checks such an output.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  generateTypings,
  rootInterfaceName,
  setKeyFor,
  type GeneratedTypings,
} from "../../../stdlib/src/typings/generate-typings.js";
import type { SchemaOption, SchemaType } from "../../../stdlib/src/typings/schema.js";
import { option, schemaOf, t } from "./support/schema-builders.js";
import {
  createCheckedProgram,
  describeDiagnostic,
  temporaryDirectory,
  writeFiles,
} from "./support/typings-fixtures.js";

const fileText = (generated: GeneratedTypings, file: string): string => {
  const found = generated.files.find((f) => f.path === file);
  if (!found) throw new Error(`no ${file} in ${generated.files.map((f) => f.path).join(", ")}`);
  return found.text.replace(/\s+/g, " ");
};

const nginxHost = t.submodule(
  option("forceSSL", t.bool),
  option("locations", t.attrsOf(t.submodule(option("proxyPass", t.nullOr(t.str))))),
  option("listen", t.listOf(t.submodule(option("port", t.port), option("addr", t.str)))),
);

const basic = schemaOf([
  option("networking.hostName", t.str),
  option("services.nginx.enable", t.bool),
  option("services.nginx.virtualHosts", t.attrsOf(nginxHost)),
  option("services.nginx.statusPage", t.bool, { readOnly: true }),
  option("services.nginx.oldName", t.bool, {
    visible: false,
    description: "Alias of <option>services.nginx.enable</option>.",
  }),
  option("services.other.hosts", t.attrsOf(nginxHost)),
  option("fileSystems", t.attrsOf(t.submodule(option("device", t.str), option("fsType", t.str)))),
]);

describe("output shape", () => {
  const generated = generateTypings(basic);

  it("has a root interface per set, augments OptionSets, and writes the whole set to one file by default", () => {
    expect(generated.rootInterface).toBe("NixosOptions");
    expect(generated.files.map((f) => f.path)).toEqual(["index.d.ts"]);
    const index = fileText(generated, "index.d.ts");
    expect(index).toContain('import type { AttrsDefinition, Definition } from "tsnix";');
    expect(index).not.toMatch(/from "\.\//);
    expect(index).toContain("export interface NixosOptions {");
    expect(index).toContain("export interface Networking {");
    expect(index).toContain(
      "fileSystems?: Definition<{ [name: string]: Definition<FileSystem>; }> | undefined;",
    );
    expect(index).toContain("services?: AttrsDefinition<Services> | undefined;");
    expect(index).toContain('declare module "tsnix" { interface OptionSets { nixos: NixosOptions; } }');
  });

  it("with layout per-namespace, gives each top-level namespace its own file and imports across them", () => {
    const split = generateTypings(basic, { layout: "per-namespace" });
    expect(split.files.map((f) => f.path)).toEqual([
      "index.d.ts",
      "fileSystems.d.ts",
      "networking.d.ts",
      "services.d.ts",
    ]);
    const index = fileText(split, "index.d.ts");
    expect(index).toContain('import type { Networking } from "./networking.js";');
    expect(index).toContain("export interface NixosOptions {");
    expect(index).toContain(
      "fileSystems?: Definition<{ [name: string]: Definition<FileSystem>; }> | undefined;",
    );
    expect(index).toContain("services?: AttrsDefinition<Services> | undefined;");
    expect(index).toContain('declare module "tsnix" { interface OptionSets { nixos: NixosOptions; } }');
    expect(fileText(split, "services.d.ts")).toContain("export interface NginxVirtualHost {");
    // the same declarations as the single file, only spread out
    const declarations = (typings: GeneratedTypings): string[] =>
      typings.files
        .flatMap((f) => [...f.text.matchAll(/^export (?:interface|type) \w+/gm)].map((m) => m[0]))
        .sort();
    expect(declarations(split)).toEqual(declarations(generated));
  });

  it("names submodules from their path and shares structurally identical ones", () => {
    const services = fileText(generated, "index.d.ts");
    expect(services).toContain("export interface NginxVirtualHost {");
    expect(services).toContain(
      "locations?: Definition<{ [name: string]: Definition<NginxVirtualHostLocation>; }> | undefined;",
    );
    expect(services).toContain("listen?: Definition<readonly NginxVirtualHostListen[]> | undefined;");
    expect(services).toContain(
      "hosts?: Definition<{ [name: string]: Definition<NginxVirtualHost>; }> | undefined;",
    );
    expect(services.match(/export interface NginxVirtualHost \{/g)).toHaveLength(1);
    // the second host type and its location and listen types
    expect(generated.report.deduplicatedSubmodules).toBe(3);
  });

  it("makes every option optional, leaves out read-only ones, and marks renamed ones @deprecated", () => {
    const services = fileText(generated, "index.d.ts");
    expect(services).toContain("enable?: Definition<boolean> | undefined;");
    expect(services).not.toContain("statusPage");
    expect(services).toMatch(
      /@deprecated Renamed to `services\.nginx\.enable`\. \*\/ oldName\?: Definition<boolean> \| undefined;/,
    );
    expect(generated.report.readOnlyOmitted).toBe(1);
    expect(generated.report.deprecated).toBe(1);
  });

  it("writes JSDoc with description, type, default, example and declaring file", () => {
    const schema = schemaOf([
      option("a.b", t.listOf(t.str), {
        default: { value: ["x"] },
        example: { literalExpression: '[ "y" ]' },
      }),
    ]);
    const doc = fileText(generateTypings(schema), "index.d.ts");
    expect(doc).toContain(
      '/** * The a.b option. * * Nix type: `list of string` * Declared in `modules/test.nix`. * @default `["x"]` * @example `[ "y" ]` */ b?: Definition<readonly string[]> | undefined;',
    );
  });

  it("is deterministic and independent of the schema's option order", () => {
    const again = generateTypings(basic);
    const shuffled = generateTypings(schemaOf([...basic.options].reverse()));
    expect(again.files).toEqual(generated.files);
    expect(shuffled.files).toEqual(generated.files);
  });
});

describe("scale and recursion", () => {
  it("with layout per-namespace, gives the biggest namespaces one file per second-level name", () => {
    const generated = generateTypings(basic, { layout: "per-namespace", splitThreshold: 2 });
    expect(generated.files.map((f) => f.path)).toEqual([
      "index.d.ts",
      "fileSystems.d.ts",
      "networking.d.ts",
      "services.d.ts",
      "services/nginx.d.ts",
      "services/other.d.ts",
    ]);
    expect(fileText(generated, "services.d.ts")).toContain(
      'import type { ServicesNginx } from "./services/nginx.js";',
    );
    expect(fileText(generated, "services/other.d.ts")).toContain(
      'import type { NginxVirtualHost } from "./nginx.js";',
    );
  });

  it("declares a recursive value type once and refers to it by name", () => {
    const generated = generateTypings(schemaOf([option("services.app.settings", recursiveValue(4))]));
    const services = fileText(generated, "index.d.ts");
    expect(services).toContain(
      "export type AppSettingsValue = { [name: string]: Definition<string | AppSettingsValue>; };",
    );
    expect(services).toContain("settings?: Definition<AppSettingsValue> | undefined;");
    expect(generated.report.unmapped).toEqual({});
  });

  it("refers to the root interface where a submodule repeats the whole set (specialisation)", () => {
    const inner: SchemaOption[] = [
      option("networking.hostName", t.str),
      option("specialisation", t.attrsOf(t.submodule())),
    ];
    const specialisation = t.attrsOf(t.submodule(option("configuration", t.submodule(...inner))));
    const generated = generateTypings(
      schemaOf([option("networking.hostName", t.str), option("specialisation", specialisation)]),
    );
    expect(fileText(generated, "index.d.ts")).toContain(
      "configuration?: Definition<NixosOptions> | undefined;",
    );
  });

  it("gives freeform submodules an index signature that admits their declared options too", () => {
    const freeform: SchemaType = {
      name: "submodule",
      options: [option("port", t.port)],
      nested: { freeformType: t.attrsOf(t.str) },
    };
    const generated = generateTypings(schemaOf([option("services.app.settings", freeform)]));
    expect(fileText(generated, "index.d.ts")).toContain(
      "[name: string]: Definition<string> | Definition<number> | undefined;",
    );
  });
});

describe("set names", () => {
  it.each([
    ["nixos-20.09", "nixos", "NixosOptions"],
    ["nixos-unstable-2412", "nixos", "NixosOptions"],
    ["nixos-24.11", "nixos", "NixosOptions"],
    ["nixos", "nixos", "NixosOptions"],
    ["home-manager", "home-manager", "HomeManagerOptions"],
    ["darwin", "nix-darwin", "NixDarwinOptions"],
    ["sops-nix", "sops-nix", "SopsNixOptions"],
    ["my_module.nix", "my-module", "MyModuleOptions"],
  ])("%s → OptionSets key %s, root %s", (set, key, root) => {
    expect(setKeyFor(set)).toBe(key);
    expect(rootInterfaceName(key)).toBe(root);
  });
});

describe("emitted typings type-check", () => {
  const dir = temporaryDirectory("synthetic-typings");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["in one file (the default)", {}],
    ["split per namespace", { layout: "per-namespace", splitThreshold: 2 }],
  ] as const)("%s, with recursion, freeform and quoted names, and they make a config strict", (_, layout) => {
    const freeform: SchemaType = {
      name: "submodule",
      options: [option("port", t.port)],
      nested: { freeformType: t.attrsOf(t.str) },
    };
    const schema = schemaOf([
      ...basic.options,
      option("services.3proxy.settings", recursiveValue(4)),
      option("services.app.settings", freeform),
      option("services.app.mode", t.enum("a", "b", 3, null)),
    ]);
    const root = fs.mkdtempSync(path.join(dir, "layout-"));
    writeFiles(path.join(root, "nixos"), generateTypings(schema, layout).files);
    const config = path.join(root, "config.ts");
    fs.writeFileSync(
      config,
      [
        'import { mkIf, type NixosConfig } from "tsnix";',
        "export const ok: NixosConfig = { services: { app: { settings: { port: 1, extra: 'x' }, mode: null },",
        "  '3proxy': { settings: { a: { b: 'c' } } }, nginx: mkIf(true, { enable: true }) } };",
        "export const bad: NixosConfig = { services: { app: { mode: 'c' } } };",
      ].join("\n"),
    );
    const checked = createCheckedProgram([
      ...fs
        .readdirSync(root, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".d.ts"))
        .map((f) => path.join(root, f)),
      config,
    ]);
    expect(checked.diagnostics().map(describeDiagnostic)).toEqual([
      expect.stringMatching(/^config\.ts:4:\d+ TS2322 Type '"c"' is not assignable/),
    ]);
  });
});

/** `attrsOf (either str <itself>)` unrolled `depth` times and then cut, the way the schema walker leaves it. */
function recursiveValue(depth: number): SchemaType {
  if (depth === 0) return { name: "attrsOf", recursive: true, description: "(recursive type, truncated)" };
  return t.attrsOf(t.either(t.str, recursiveValue(depth - 1)));
}
