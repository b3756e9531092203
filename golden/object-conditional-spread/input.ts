// Pins conditional spreads: `...(cond ? {…} : {})` and `...(cond && {…})` add members only when cond holds.
const mkHost = (name: string, public_: boolean, ipv6: boolean) => ({
  hostName: name,
  ...(public_ ? { firewall: { allowedTCPPorts: [80, 443] } } : {}),
  ...(ipv6 && { enableIPv6: true }),
  ...(name === "nas" ? { zfs: true } : { zfs: false, ext4: true }),
});
export default [mkHost("nas", false, true), mkHost("web", true, false)];
