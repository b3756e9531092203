# A stand-in for edolstra/flake-compat (a `flake = false` input of deploy-rs and colmena that no output reads).
{ }
