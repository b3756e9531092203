// Option descriptions of older nixpkgs (≤ 22.11) are DocBook fragments; editors show Markdown. This converts the
// handful of DocBook elements NixOS descriptions use, and leaves Markdown descriptions alone.

const DOCBOOK_HINT =
  /<(para|literal|option|filename|command|varname|link|xref|programlisting|screen|emphasis|citerefentry|itemizedlist|orderedlist|note|warning|code|package|replaceable|envar|productname|quote|uri|ulink|refentrytitle|term|variablelist|simplelist)\b/;

const INLINE_CODE = [
  "literal",
  "option",
  "filename",
  "command",
  "varname",
  "code",
  "package",
  "envar",
  "replaceable",
  "function",
  "constant",
  "systemitem",
  "uri",
  "userinput",
  "computeroutput",
  "parameter",
  "type",
  "prompt",
  "keycap",
];

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

export function isDocBook(text: string): boolean {
  return DOCBOOK_HINT.test(text);
}

/** Markdown for a description: DocBook converted, Nixpkgs Markdown roles (`{option}`x``) reduced to code. */
export function descriptionToMarkdown(text: string): string {
  const plain = dedent(text);
  const markdown = isDocBook(plain)
    ? docBookToMarkdown(plain)
    : plain.replace(/\{(option|command|file|env|var|manpage)\}`/g, "`");
  return normalizeBlankLines(markdown);
}

function docBookToMarkdown(text: string): string {
  let out = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, body: string) => escapeTags(body));
  out = out.replace(/<(programlisting|screen)[^>]*>([\s\S]*?)<\/\1>/g, (_m, _tag, body: string) => {
    return `\n\n\`\`\`\n${dedent(body).trim()}\n\`\`\`\n\n`;
  });
  out = out.replace(
    /<citerefentry>\s*<refentrytitle>([\s\S]*?)<\/refentrytitle>\s*<manvolnum>([\s\S]*?)<\/manvolnum>\s*<\/citerefentry>/g,
    "`$1($2)`",
  );
  out = out.replace(/<link\s+xlink:href="([^"]*)"\s*\/>/g, "<$1>");
  out = out.replace(/<link\s+xlink:href="([^"]*)"\s*>([\s\S]*?)<\/link>/g, "[$2]($1)");
  out = out.replace(/<ulink\s+url="([^"]*)"\s*\/>/g, "<$1>");
  out = out.replace(/<ulink\s+url="([^"]*)"\s*>([\s\S]*?)<\/ulink>/g, "[$2]($1)");
  out = out.replace(/<xref\s+linkend="([^"]*)"\s*\/>/g, "`$1`");
  for (const tag of INLINE_CODE) {
    out = out.replace(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"), (_m, body: string) =>
      body.includes("`") ? body : `\`${body}\``,
    );
  }
  out = out.replace(/<emphasis\s+role="strong">([\s\S]*?)<\/emphasis>/g, "**$1**");
  out = out.replace(/<emphasis>([\s\S]*?)<\/emphasis>/g, "*$1*");
  out = out.replace(
    /<(note|warning|important|tip|caution)>/g,
    (_m, kind: string) => `\n\n**${capitalize(kind)}:** `,
  );
  out = out.replace(/<listitem>\s*(<para>)?/g, "\n- ");
  out = out.replace(/<\/?(para|simpara)>/g, "\n\n");
  out = out.replace(/<[^>]+>/g, "");
  return out.replace(/&(lt|gt|amp|quot|apos|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? "");
}

function escapeTags(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Removes the indentation all lines after the first share (like Python's `inspect.cleandoc`). */
export function dedent(text: string): string {
  const [first = "", ...rest] = text.replace(/\t/g, "  ").split("\n");
  const indents = rest.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return [
    first.trimStart(),
    ...rest.map((l) => l.slice(Math.min(common, l.length - l.trimStart().length))),
  ].join("\n");
}

function normalizeBlankLines(text: string): string {
  return text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
