// Pins nested object literals, including single-member chains that read as Nix attribute paths.
const config = {
  services: { nginx: { enable: true } },
  networking: { hostName: "nas", firewall: { allowedTCPPorts: [22, 80, 443], enable: true } },
  users: { users: { alice: { isNormalUser: true, extraGroups: ["wheel"] } } },
};
export default config;
