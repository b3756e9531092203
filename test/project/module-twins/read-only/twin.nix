{
  imports = [ ./twin-system.nix ./twin-consumer.nix ];
  system.writable = "changed";
}
