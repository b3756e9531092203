// Pins template literals whose text contains Nix-significant characters around interpolations.
const user = "alice";
const home = `/home/${user}`;
export default {
  shell: `echo \${HOME} for ${user}`,
  dollarBefore: `price: $${user}`,
  backslash: `\\${user}\\`,
  quote: `"${user}"`,
  nested: `${`inner-${user}`}-outer`,
  multiline: `first ${home}
second line`,
};
