let
  user = "alice";
  home = "/home/${user}";
in
{
  shell = "echo \${HOME} for ${user}";
  dollarBefore = "price: \$${user}";
  backslash = "\\${user}\\";
  quote = "\"${user}\"";
  nested = "inner-${user}-outer";
  multiline = "first ${home}\nsecond line";
}
