// Pins if/else where both branches return, with consts local to each branch and a throw for impossible input.
const subnet = (vlan: number): string => {
  if (vlan === 10) {
    const base = "10.0.10";
    return `${base}.0/24`;
  } else {
    if (vlan < 0) {
      throw new Error(`bad vlan ${vlan}`);
    }
    const base = "192.168";
    return `${base}.${vlan}.0/24`;
  }
};
export default { lan: subnet(10), iot: subnet(20), guest: subnet(30) };
