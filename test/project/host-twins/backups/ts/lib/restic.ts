// Restic jobs as every destination needs them: the same paths, password and retention, a timer spread over the
// night, and the options a destination adds.
export interface Job {
  readonly paths: readonly string[];
  readonly passwordFile: string;
  readonly keepDaily: number;
}

export const pruneOptions = (keepDaily: number) => [
  `--keep-daily ${keepDaily}`,
  "--keep-weekly 5",
  "--keep-monthly 12",
];

export const resticJob = (job: Job, repository: string, hour: number, extraOptions: readonly string[]) => ({
  repository,
  paths: job.paths,
  passwordFile: job.passwordFile,
  initialize: true,
  pruneOpts: pruneOptions(job.keepDaily),
  extraOptions,
  timerConfig: { OnCalendar: `*-*-* ${hour < 10 ? `0${hour}` : `${hour}`}:30:00`, RandomizedDelaySec: "15m" },
});
