// Issue 9, verification: what each host of the example homelab ends up with, by evaluation. Each host's own module
// tree (as `tsnix build config` writes it) is evaluated with the current nixpkgs lib's `lib.evalModules`, NixOS's
// option declarations replaced by a stub of the options the modules set (homelab/nixos-stub.nix), and the result's
// virtual hosts, ports, dashboard tiles, scrape jobs, alerts, Gatus checks, Grafana datasources and Restic backups
// are asserted — also after disabling a service, which must take every one of its contributions with it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, fixturesAtHand } from "../support/fixtures.js";
import { nixPathOf } from "../support/module-eval.js";
import { evalJson, evalManyJson, nixAvailable } from "../support/nix.js";
import { repoRoot } from "../support/golden-cases.js";
import { runCli } from "../support/run-cli.js";

const atHand =
  nixAvailable() && fixturesAtHand("the example homelab's hosts by lib.evalModules", "nixpkgs-lib");
const summaryFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "homelab", "summary.nix");

const HOSTS = [
  "server-x86",
  "server-x86-vm",
  "server-arm",
  "server-arm-vm",
  "server",
  "server-vm",
  "frame1",
  "frame1-vm",
  "desktop",
  "laptop",
  "forge",
] as const;
type HostName = (typeof HOSTS)[number];

interface Summary {
  readonly hostName: string;
  readonly tcpPorts: readonly number[];
  readonly udpPorts: readonly number[];
  readonly virtualHosts: { readonly [name: string]: string };
  readonly caddyPlugins: boolean;
  readonly tiles: readonly string[];
  readonly scrapeJobs: readonly string[];
  readonly alerts: readonly string[];
  readonly checks: readonly string[];
  readonly datasources: readonly string[];
  readonly backups: {
    readonly [name: string]: {
      readonly repository: string;
      readonly paths: readonly string[];
      readonly passwordFile: string;
    };
  };
  readonly snapshots: readonly string[];
  readonly replication: readonly string[];
  readonly users: { readonly [name: string]: readonly string[] };
  readonly contributed: { readonly [option: string]: readonly string[] };
  readonly backupPaths: readonly string[];
  readonly grafanaAdminPassword: string | null;
}

describe.skipIf(!atHand)("the example homelab's hosts, evaluated", () => {
  let flake: string;
  let work: string;
  const summaries = new Map<string, Summary>();

  /** The expression of a host's summary, with extra modules (Nix text) added to its tree. */
  const expression = (host: HostName, extraModules: readonly string[] = []): string =>
    `import ${nixPathOf(summaryFile)} {
      lib = import ${nixPathOf(path.join(fixture("nixpkgs-lib"), "lib"))};
      host = ${nixPathOf(path.join(flake, "hosts", `${host}.nix`))};
      extraModules = [ ${extraModules.map((m) => `(${m})`).join(" ")} ];
    }`;

  const evaluate = (host: HostName, extraModules: readonly string[]): Summary => {
    const result = evalJson(expression(host, extraModules), work);
    if (!result.ok) throw new Error(`${host}: ${result.error}`);
    return result.value as Summary;
  };

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-homelab-eval-"));
    flake = path.join(work, "flake");
    expect(await runCli(repoRoot, ["build", "config", "-o", flake])).toMatchObject({ code: 0, stderr: "" });
    const results = evalManyJson(
      HOSTS.map((host) => expression(host)),
      work,
    );
    results.forEach((result, i) => {
      if (result.ok) summaries.set(HOSTS[i]!, result.value as Summary);
    });
  });
  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const summary = (host: HostName): Summary => {
    const found = summaries.get(host);
    if (!found) evaluate(host, []); // throws with nix's message
    return found!;
  };

  it("evaluates every NixOS host but the installer (whose modules are nixpkgs' own)", () => {
    expect(HOSTS.filter((host) => !summaries.has(host))).toEqual([]);
    for (const host of HOSTS) expect(summary(host).hostName).toBe(host.replace(/-vm$/, ""));
  });

  it("forge: one virtual host, tile and check per web service, all scraped, alerted on and backed up", () => {
    const forge = summary("forge");
    const tls = "\ntls {\n  dns cloudflare {env.DNS_API_TOKEN}\n}";
    expect(forge.virtualHosts).toEqual({
      gatus: `status.holt.example.org reverse_proxy 127.0.0.1:8080${tls}`,
      grafana: `grafana.holt.example.org reverse_proxy 127.0.0.1:3001${tls}`,
      homepage: `holt.example.org reverse_proxy 127.0.0.1:3000${tls}`,
      loki: `logs.holt.example.org reverse_proxy 127.0.0.1:3100${tls}`,
      prometheus: `prometheus.holt.example.org reverse_proxy 127.0.0.1:9090${tls}`,
    });
    expect(forge.caddyPlugins).toBe(true);
    expect(forge.tcpPorts).toEqual([22, 80, 443]);
    expect(forge.udpPorts).toEqual([41641]);
    expect([...forge.tiles].sort()).toEqual([
      "Monitoring/Grafana",
      "Monitoring/Loki",
      "Monitoring/Prometheus",
      "Monitoring/Status",
    ]);
    expect(forge.checks).toEqual([
      "gatus https://status.holt.example.org/health",
      "grafana https://grafana.holt.example.org/api/health",
      "homepage https://holt.example.org",
      "loki https://logs.holt.example.org/ready",
      "postgresql tcp://127.0.0.1:5432",
      "prometheus https://prometheus.holt.example.org/-/healthy",
      "ssh tcp://127.0.0.1:22",
    ]);
    expect(forge.scrapeJobs).toEqual([
      "alloy 127.0.0.1:12345",
      "caddy 127.0.0.1:2019",
      "gatus 127.0.0.1:8080",
      "grafana 127.0.0.1:3001",
      "loki 127.0.0.1:3100",
      "node 127.0.0.1:9100",
      "postgresql 127.0.0.1:9187",
      "prometheus 127.0.0.1:9090",
    ]);
    expect(forge.alerts).toEqual([
      "alloy-down",
      "disk-almost-full",
      "gatus-down",
      "grafana-down",
      "loki-down",
      "pgbackrest-backup-failed",
      "postgresql-down",
      "prometheus-down",
      "restic-backup-failed",
      "sshd-down",
      "systemd-unit-failed",
      "tailscale-down",
      "zfs-pool-degraded",
    ]);
    expect(forge.datasources).toEqual(["Metrics http://127.0.0.1:9090", "Logs http://127.0.0.1:3100"]);
    expect(forge.grafanaAdminPassword).toBe("$__file{/run/secrets/grafana-admin-password}");
    const paths = ["/var/backup/pgbackrest", "/var/lib/grafana", "/var/lib/gatus", "/var/lib/caddy"];
    expect(forge.backups).toEqual({
      local: { repository: "/var/backup/restic", paths, passwordFile: "/run/secrets/restic-password" },
      "raspberry-pi": {
        repository: "rest:http://server-arm:8000/",
        paths,
        passwordFile: "/run/secrets/restic-password",
      },
    });
    expect(forge.snapshots).toEqual(["tank/media", "tank/services/grafana", "tank/services/postgresql"]);
    expect(forge.replication).toEqual([
      "syncoid@server-x86:backup/forge/tank/media",
      "syncoid@server-x86:backup/forge/tank/services/grafana",
      "syncoid@server-x86:backup/forge/tank/services/postgresql",
    ]);
  });

  it("disabling a service removes its virtual host, tile, check, scrape job, alert and backup path", () => {
    const forge = summary("forge");
    const withoutGrafana = evaluate("forge", [
      "{ lib, ... }: { homelab.services.grafana.enable = lib.mkForce false; }",
    ]);
    expect(withoutGrafana.virtualHosts).toEqual(
      Object.fromEntries(Object.entries(forge.virtualHosts).filter(([name]) => name !== "grafana")),
    );
    expect(withoutGrafana.tiles).toEqual(forge.tiles.filter((t) => t !== "Monitoring/Grafana"));
    expect(withoutGrafana.checks).toEqual(forge.checks.filter((c) => !c.startsWith("grafana ")));
    expect(withoutGrafana.scrapeJobs).toEqual(forge.scrapeJobs.filter((j) => !j.startsWith("grafana ")));
    expect(withoutGrafana.alerts).toEqual(forge.alerts.filter((a) => a !== "grafana-down"));
    expect(withoutGrafana.backupPaths).toEqual(forge.backupPaths.filter((p) => p !== "/var/lib/grafana"));
    expect(withoutGrafana.backups["local"]!.paths).not.toContain("/var/lib/grafana");
    expect(withoutGrafana.datasources).toEqual([]);
    expect(withoutGrafana.tcpPorts).toEqual(forge.tcpPorts);

    const withoutCaddy = evaluate("forge", [
      "{ lib, ... }: { homelab.services.caddy.enable = lib.mkForce false; }",
    ]);
    expect(withoutCaddy.virtualHosts).toEqual({});
    expect(withoutCaddy.tcpPorts).toEqual([22]);
    expect(withoutCaddy.scrapeJobs).toEqual(forge.scrapeJobs.filter((j) => !j.startsWith("caddy ")));
    expect(withoutCaddy.backupPaths).toEqual(forge.backupPaths.filter((p) => p !== "/var/lib/caddy"));

    const withoutTailscale = evaluate("forge", [
      "{ lib, ... }: { homelab.services.tailscale.enable = lib.mkForce false; }",
    ]);
    expect(withoutTailscale.udpPorts).toEqual([]);
    expect(withoutTailscale.alerts).toEqual(forge.alerts.filter((a) => a !== "tailscale-down"));

    const withoutPostgres = evaluate("forge", [
      "{ lib, ... }: { homelab.services.postgresql.enable = lib.mkForce false; }",
    ]);
    expect(withoutPostgres.checks).toEqual(forge.checks.filter((c) => !c.startsWith("postgresql ")));
    expect(withoutPostgres.backupPaths).toEqual(
      forge.backupPaths.filter((p) => p !== "/var/backup/pgbackrest"),
    );
  });

  it("server-x86: Restic to the local disk always, to the Storage Box and the Pi only where enabled (000)", () => {
    const host = summary("server-x86");
    const paths = ["/var/backup/pgbackrest"];
    const passwordFile = "/run/secrets/restic-password";
    expect(host.backups).toEqual({
      local: { repository: "/var/backup/restic", paths, passwordFile },
      "storage-box": {
        repository: "sftp:u123456@u123456.your-storagebox.de:restic",
        paths,
        passwordFile,
      },
      "raspberry-pi": { repository: "rest:http://server-arm:8000/", paths, passwordFile },
    });
    expect(host.virtualHosts).toEqual({});
    expect(host.tcpPorts).toEqual([22]);
    // Contributed, though no metrics store runs here: forge's Prometheus is where to add them.
    expect(host.contributed["scrapeTargets"]).toEqual(["node", "postgresql"]);
    expect(host.scrapeJobs).toEqual([]);

    const localOnly = evaluate("server-x86", [
      "{ lib, ... }: { homelab.services.restic = { storageBox.enable = lib.mkForce false; raspberryPi.enable = lib.mkForce false; }; }",
    ]);
    expect(Object.keys(localOnly.backups)).toEqual(["local"]);
    expect(summary("server-arm").backups).toEqual({
      local: { repository: "/var/backup/restic", paths: [], passwordFile: "/run/secrets/restic-password" },
    });
    expect(summary("server-arm").tcpPorts).toEqual([22, 8000]);
  });

  it("server (001): Caddy with HTTP certificates in front of Homepage, Grafana, Prometheus and Loki; agenix", () => {
    const host = summary("server");
    expect(host.virtualHosts).toEqual({
      grafana: "grafana.lab.example.org reverse_proxy 127.0.0.1:3001",
      homepage: "lab.example.org reverse_proxy 127.0.0.1:3000",
      loki: "logs.lab.example.org reverse_proxy 127.0.0.1:3100",
      prometheus: "prometheus.lab.example.org reverse_proxy 127.0.0.1:9090",
    });
    expect(host.caddyPlugins).toBe(false);
    expect([...host.tiles].sort()).toEqual([
      "Monitoring/Grafana",
      "Monitoring/Loki",
      "Monitoring/Prometheus",
    ]);
    expect(host.checks).toEqual([]); // no Gatus here: the checks are contributed, nobody reads them
    expect(host.contributed["checks"]).toEqual(["grafana", "homepage", "loki", "prometheus", "ssh"]);
    expect(host.grafanaAdminPassword).toBe("$__file{/run/agenix/grafana-admin-password}");
    expect(host.datasources).toEqual(["Metrics http://127.0.0.1:9090", "Logs http://127.0.0.1:3100"]);
    expect(summary("server-vm").virtualHosts).toEqual(host.virtualHosts);
  });

  it("frame1 (004): VictoriaMetrics with vmalert instead of Prometheus, Cloudflare DNS challenge, Tailscale", () => {
    const host = summary("frame1");
    expect(Object.values(host.virtualHosts).map((v) => v.split(" ")[0])).toEqual([
      "grafana.local.example.org",
      "local.example.org",
      "logs.local.example.org",
      "metrics.local.example.org",
    ]);
    expect(host.caddyPlugins).toBe(true);
    expect(host.tcpPorts).toEqual([22, 80, 443]);
    expect(host.udpPorts).toEqual([41641]);
    expect(host.scrapeJobs).toEqual([
      "alloy 127.0.0.1:12345",
      "caddy 127.0.0.1:2019",
      "grafana 127.0.0.1:3001",
      "loki 127.0.0.1:3100",
      "node 127.0.0.1:9100",
      "victoriametrics 127.0.0.1:8428",
    ]);
    expect(host.alerts).toContain("victoriametrics-down");
    expect(host.alerts).not.toContain("prometheus-down");
    expect(host.datasources).toEqual(["Metrics http://127.0.0.1:8428", "Logs http://127.0.0.1:3100"]);
    expect(summary("frame1-vm").virtualHosts).toEqual(host.virtualHosts);
  });

  it("desktop and laptop (003): one user definition, groups added per profile and host", () => {
    expect(summary("desktop").users).toEqual({
      alice: ["wheel", "networkmanager", "video", "audio", "libvirtd"],
    });
    expect(summary("laptop").users).toEqual({ alice: ["wheel", "networkmanager", "video", "audio"] });
    expect(summary("forge").users).toEqual({ alice: ["wheel"] });
    expect(summary("desktop").virtualHosts).toEqual({});
  });
});
