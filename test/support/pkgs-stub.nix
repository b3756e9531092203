# A stand-in for nixpkgs' `pkgs` in module-set evaluations (no nixpkgs needed): packages are derivation-shaped
# attribute sets with made-up store paths, and the trivial builders return such sets named after their arguments.
let
  package = name: {
    type = "derivation";
    inherit name;
    pname = name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
    meta.mainProgram = name;
  };
  named = names: builtins.listToAttrs (map (name: { inherit name; value = package name; }) names);
in
named [ "hello" "git" "curl" "jq" "nginx" "openssh" "restic" "ripgrep" "htop" ]
// {
  python3Packages = named [ "requests" "flask" ];
  writeText = name: text: package name // { inherit text; };
  writeShellScript = name: text: package name // { inherit text; };
  writeShellScriptBin = name: text: package name // { inherit text; };
  writeScript = name: text: package name // { inherit text; };
  writeScriptBin = name: text: package name // { inherit text; };
  symlinkJoin = { name, paths }: package name // { inherit paths; };
  runCommand = name: env: script: package name // { inherit env script; };
}
