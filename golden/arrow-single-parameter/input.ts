// Pins one-parameter arrow functions: expression bodies, object bodies, passing functions around.
const double = (n: number) => n * 2;
const mkVhost = (domain: string) => ({ serverName: domain, forceSSL: true });
const apply = (f: (n: number) => number) => f(21);
const negate = (n: number) => -n;
export default {
  doubled: double(21),
  vhost: mkVhost("cloud.example.org"),
  applied: apply(double),
  inline: apply((x) => x + 1),
  negated: negate(-5),
  chained: double(negate(double(3))),
};
