{ stdenv, version }:
stdenv.mkDerivation {
  pname = "tool";
  inherit version;
  dontUnpack = true;
  installPhase = "mkdir -p $out";
}
