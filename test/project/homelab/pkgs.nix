# The packages the example homelab's modules name, as derivation-shaped attribute sets with made-up store paths.
let
  package = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
  };
  named =
    names:
    builtins.listToAttrs (
      map (name: {
        inherit name;
        value = package name;
      }) names
    );
in
named [
  "zsh"
  "git"
  "htop"
  "vim"
  "pgbackrest"
  "postgresql_16"
  "disko"
  "rsync"
  "firefox"
  "gnome-tweaks"
]
// {
  caddy = package "caddy" // {
    withPlugins = { plugins, hash }: package "caddy-with-plugins";
  };
}
