// Pins several-parameter functions → curried Nix lambdas, partial application via closures, captured variables.
const domain = "example.org";
const mkUrl = (scheme: string, host: string, port: number) => `${scheme}://${host}.${domain}:${port}`;
const withScheme = (scheme: string) => (host: string) => (port: number) => mkUrl(scheme, host, port);
const https = withScheme("https");
const adder = (a: number) => (b: number) => a + b;
const add10 = adder(10);
export default {
  direct: mkUrl("http", "git", 3000),
  curried: https("cloud")(443),
  partial: [1, 2, 3].map(add10),
  twoArgs: [1, 2, 3].map((n) => adder(n)(n)),
};
