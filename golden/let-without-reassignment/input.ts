// Pins `let` declarations that are never reassigned: compiled like `const`.
let domain = "example.org";
let ports = [80, 443];
const mk = (host: string) => {
  let fqdn = `${host}.${domain}`;
  return { fqdn, ports };
};
export default mk("www");
