// Pins identifiers with `$` or non-ASCII letters → valid Nix names, without colliding with existing names.
const $host = "nas";
const a$b = 1;
const _host = "already-taken";
const $ = "dollar";
const _ = "underscore";
const café = "latte";
const $$ = 2;
export default { host: $host, ab: a$b, taken: _host, dollar: $, underscore: _, cafe: café, double: $$ };
