// Scheduled jobs as data: each becomes a systemd service running its script (a store file) and, when it has a
// schedule, a timer; jobs run as their own system user unless they say otherwise.
import { defineModule, mkAfter, mkOption, types } from "tsnix";

const job = types.submodule(({ name }) => ({
  options: {
    script: mkOption({ type: types.lines }),
    onCalendar: mkOption({ type: types.nullOr(types.str), default: null }),
    user: mkOption({ type: types.str, default: name }),
    after: mkOption({ type: types.listOf(types.str), default: [] }),
    environment: mkOption({ type: types.attrsOf(types.str), default: {} }),
    nice: mkOption({ type: types.ints.between(-20, 19), default: 10 }),
  },
}));

export default defineModule({
  options: { homelab: { jobs: mkOption({ type: types.attrsOf(job), default: {} }) } },
  config: ({ config, pkgs }) => {
    const jobs = config.homelab.jobs;
    const names = Object.keys(jobs);
    const scheduled = names.filter((name) => jobs[name]!.onCalendar !== null);
    const ownUsers = names.filter((name) => jobs[name]!.user === name);
    return {
      systemd: {
        services: Object.fromEntries(
          names.map((name) => {
            const j = jobs[name]!;
            return [
              `job-${name}`,
              {
                description: `Scheduled job ${name}`,
                after: ["network-online.target", ...j.after],
                wants: ["network-online.target"],
                environment: j.environment,
                serviceConfig: {
                  Type: "oneshot",
                  User: j.user,
                  Nice: j.nice,
                  ExecStart: pkgs.writeShellScript(`job-${name}`, j.script),
                },
              },
            ];
          }),
        ),
        timers: Object.fromEntries(
          scheduled.map((name) => [
            `job-${name}`,
            {
              wantedBy: ["timers.target"],
              timerConfig: { OnCalendar: jobs[name]!.onCalendar!, Persistent: true },
            },
          ]),
        ),
      },
      users: {
        users: Object.fromEntries(
          ownUsers.map((name) => [
            name,
            { isSystemUser: true, group: "jobs", home: `/var/lib/jobs/${name}`, createHome: true },
          ]),
        ),
        groups: { jobs: {} },
      },
      environment: { systemPackages: mkAfter([pkgs.jq]) },
    };
  },
});
