// Backups with optional destinations: a local disk, an SFTP host and an S3 bucket, each null when not wanted.
// Other modules add the paths of their state to `homelab.backup.paths` (they import this module).
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import { resticJob } from "../lib/restic";

const sftp = types.submodule({
  options: {
    host: mkOption({ type: types.str }),
    port: mkOption({ type: types.port, default: 22 }),
    user: mkOption({ type: types.str, default: "backup" }),
  },
});

const s3 = types.submodule({
  options: {
    endpoint: mkOption({ type: types.str, default: "s3.amazonaws.com" }),
    bucket: mkOption({ type: types.str }),
    credentialsFile: mkOption({ type: types.str }),
  },
});

export default defineModule({
  options: {
    homelab: {
      backup: {
        enable: mkEnableOption("restic backups"),
        hostName: mkOption({ type: types.str }),
        paths: mkOption({ type: types.listOf(types.str), default: [] }),
        passwordFile: mkOption({ type: types.str, default: "/etc/restic/password" }),
        keepDaily: mkOption({ type: types.ints.positive, default: 7 }),
        localDisk: mkOption({ type: types.nullOr(types.str), default: null }),
        sftp: mkOption({ type: types.nullOr(sftp), default: null }),
        s3: mkOption({ type: types.nullOr(s3), default: null }),
      },
    },
  },
  config: ({ config, pkgs }) => {
    const b = config.homelab.backup;
    const job = { paths: b.paths, passwordFile: b.passwordFile, keepDaily: b.keepDaily };
    const local = b.localDisk;
    const sftp = b.sftp;
    const s3 = b.s3;
    return mkIf(b.enable, {
      services: {
        restic: {
          backups: {
            ...(local === null ? {} : { local: resticJob(job, `${local}/${b.hostName}`, 1, []) }),
            ...(sftp === null
              ? {}
              : {
                  offsite: resticJob(job, `sftp:${sftp.user}@${sftp.host}:/backup/${b.hostName}`, 3, [
                    `sftp.command='ssh -p ${sftp.port} ${sftp.user}@${sftp.host} -s sftp'`,
                  ]),
                }),
            ...(s3 === null
              ? {}
              : {
                  cloud: {
                    ...resticJob(job, `s3:${s3.endpoint}/${s3.bucket}/${b.hostName}`, 4, []),
                    s3CredentialsFile: s3.credentialsFile,
                  },
                }),
          },
        },
      },
      environment: { systemPackages: [pkgs.restic] },
    });
  },
});
