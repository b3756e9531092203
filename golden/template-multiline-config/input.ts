// Pins multi-line templates used for config files: indentation, blank lines, trailing newline, `#` and `${`.
const upstreams = ["10.0.0.3:8096", "10.0.0.4:8096"];
const listen = 443;
export default {
  extraConfig: `upstream media {
  ${upstreams.map((u) => `server ${u};`).join("\n  ")}
}

server {
  listen ${listen} ssl; # tls
  set $$backend "\${media}";
}
`,
};
