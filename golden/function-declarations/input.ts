// Pins `function` declarations (hoisted, recursive) used alongside arrow functions.
function fqdn(host: string, domain: string): string {
  return `${host}.${domain}`;
}
function fib(n: number): number {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
const hosts = ["nas", "pi"].map((h) => fqdn(h, "home.arpa"));
export default { hosts, fib: [0, 1, 2, 3, 10].map(fib) };
