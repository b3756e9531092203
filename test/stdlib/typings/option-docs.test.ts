// What an option's JSDoc says: renamed/removed detection from the schema's tell-tale shapes, DocBook turned into
// Markdown, defaults and examples rendered, and comment terminators escaped.
import { describe, expect, it } from "vitest";
import { descriptionToMarkdown } from "../../../stdlib/src/typings/docbook-to-markdown.js";
import { commentBody, docText } from "../../../stdlib/src/typings/jsdoc.js";
import { describeNixType, optionDoc, optionStatus } from "../../../stdlib/src/typings/option-docs.js";
import { renderedToMarkdown } from "../../../stdlib/src/typings/render-value.js";
import { option, t } from "./support/schema-builders.js";

describe("option status", () => {
  it("detects renamed options (mkRenamedOptionModule: hidden alias), DocBook and Markdown spellings", () => {
    const docbook = option("boot.grubDevice", t.str, {
      visible: false,
      description: "Alias of <option>boot.loader.grub.device</option>.",
    });
    expect(optionStatus(docbook)).toEqual({ kind: "renamed", target: "boot.loader.grub.device" });
    const markdown = option("programs.exa.extraOptions", t.listOf(t.str), {
      visible: false,
      description: "Alias of {option}`programs.eza.extraOptions`.",
    });
    expect(optionStatus(markdown)).toEqual({ kind: "renamed", target: "programs.eza.extraOptions" });
  });

  it("keeps visible aliases (mkAliasOptionModule) usable", () => {
    const alias = option("users.extraUsers", t.str, {
      description: "Alias of <option>users.users</option>.",
    });
    expect(optionStatus(alias)).toEqual({ kind: "alias", target: "users.users" });
    expect(optionDoc(alias, optionStatus(alias)).tags.map((tag) => tag.name)).not.toContain("deprecated");
  });

  it("detects removed options (mkRemovedOptionModule: hidden, untyped, no description, no default)", () => {
    const {
      description: _d,
      default: _v,
      ...bare
    } = option("services.fourStoreEndpoint", { name: "unspecified" });
    const removed = { ...bare, visible: false };
    expect(optionStatus(removed)).toEqual({ kind: "removed" });
    expect(optionDoc(removed, optionStatus(removed)).tags).toContainEqual({
      name: "deprecated",
      text: "Removed: setting this option fails evaluation.",
    });
    expect(optionStatus({ ...removed, default: { value: "_mkMergedOptionModule" } })).toEqual({
      kind: "superseded",
    });
    expect(optionStatus({ ...removed, visible: true })).toEqual({ kind: "normal" });
  });
});

describe("doc text", () => {
  it("converts DocBook descriptions to Markdown", () => {
    const text = descriptionToMarkdown(
      `Whether to enable <literal>nginx</literal>. See <link xlink:href="https://nginx.org">the docs</link>
      and <citerefentry><refentrytitle>nginx</refentrytitle><manvolnum>8</manvolnum></citerefentry>.
      <programlisting>
      { services.nginx.enable = true; }
      </programlisting>
      Use &lt;name&gt; <emphasis>carefully</emphasis>.`,
    );
    expect(text).toBe(
      "Whether to enable `nginx`. See [the docs](https://nginx.org)\nand `nginx(8)`.\n\n```\n{ services.nginx.enable = true; }\n```\n\nUse <name> *carefully*.",
    );
    expect(descriptionToMarkdown("See {option}`services.nginx.enable`.")).toBe(
      "See `services.nginx.enable`.",
    );
  });

  it("renders defaults and examples as TypeScript data, Nix text, or Markdown", () => {
    expect(renderedToMarkdown({ value: ["defaults"] })).toBe('`["defaults"]`');
    expect(renderedToMarkdown({ value: { _tsnix: "package", name: "hello" } })).toBe("`pkgs.hello`");
    expect(renderedToMarkdown({ value: { "a-b": 1, c: { _tsnix: "function" } } })).toBe(
      '`{ "a-b": 1, c: <function> }`',
    );
    expect(renderedToMarkdown({ literalExpression: "pkgs.nginx" })).toBe("`pkgs.nginx`");
    expect(renderedToMarkdown({ literalExpression: "a\nb" })).toBe("\n```nix\na\nb\n```");
    expect(renderedToMarkdown({ literalMD: "*computed*" })).toBe("*computed*");
    expect(renderedToMarkdown({ literalExample: 16 } as never)).toBe("`16`");
  });

  it("describes the Nix type like the manual does", () => {
    expect(describeNixType(t.nullOr(t.listOf(t.str)))).toBe("null or (list of string)");
    expect(describeNixType(t.enum("a", 1))).toBe('one of "a", 1');
  });

  it("escapes comment terminators and leading @ in descriptions", () => {
    const doc = optionDoc(option("x", t.str, { description: "Matches /*/ paths */\n@reboot runs" }), {
      kind: "normal",
    });
    const body = commentBody(docText(doc));
    expect(body).not.toContain("*/");
    expect(body).toContain("*\\/");
    expect(body).toContain(" * &#64;reboot runs");
  });
});
