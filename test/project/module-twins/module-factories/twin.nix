let
  user = name: uid: { imports = [ ./twin-users.nix ]; users.${name}.uid = uid; };
  group = name: { imports = [ ./twin-users.nix ]; groups = [ name ]; };
  admin = name: { groups = [ "${name}-admin" ]; };
in
{
  imports = [ (user "alice" 1000) (user "bob" 1001) (group "wheel") (group "media") (admin "alice") (admin "bob") ];
}
