// The SSH keys of the homelab's owner (alice, whose account profiles/common.ts defines once for every machine),
// shared by that account, the installer ISO and the agenix recipients.
/** Public keys only: they are safe to commit. */
export const sshKeys = {
  laptop: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB1laptopKeyOfAliceExampleOnlyReplaceMe alice@laptop",
  workstation:
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2macKeyOfAliceExampleOnlyReplaceMe000 alice@workstation",
};

export const ownerKeys = [sshKeys.laptop, sshKeys.workstation];

/** The address Let's Encrypt writes to. */
export const ownerEmail = "alice@example.org";
