rec {
  groupsOf = person: extra: if person.admin then [ "wheel" "systemd-journal" ] ++ extra else extra;
  userOf = name: person: extra: {
    isNormalUser = true;
    uid = person.uid;
    description = "${name} (${if person.admin then "admin" else "user"})";
    extraGroups = groupsOf person extra;
    openssh.authorizedKeys.keys = person.keys;
  };
}
