// What every web service among homelab.services has, and the entries it contributes to the shared options of
// modules/homelab.ts: a virtual host, a dashboard tile and a status check, all at its domain.
import { mkEnableOption, mkOption, types } from "tsnix";

/** `enable`, the port it listens on (locally, behind Caddy) and the domain it is served under. */
export const webServiceOptions = (title: string, port: number, domain: string) => ({
  enable: mkEnableOption(title),
  port: mkOption({ type: types.port, default: port, description: `The local port of ${title}.` }),
  domain: mkOption({ type: types.str, default: domain, description: `Where Caddy serves ${title}.` }),
});

interface WebService {
  readonly port: number;
  readonly domain: string;
}

/** Its virtual host: Caddy forwards the domain to the local port. */
export const virtualHost = (service: WebService) => ({ domain: service.domain, port: service.port });

/** Its dashboard tile, linking to the domain. */
export const tile = (
  service: WebService,
  group: string,
  title: string,
  description: string,
  icon: string,
) => ({
  group,
  title,
  description,
  icon,
  href: `https://${service.domain}`,
});

/** Its status check: `healthPath` answers 200 while it is well. */
export const check = (service: WebService, healthPath: string) => ({
  url: `https://${service.domain}${healthPath}`,
});

/** The alert every service has: its systemd unit is not active. */
export const unitDown = (unit: string, title: string) => ({
  expr: `node_systemd_unit_state{name="${unit}.service",state="active"} == 0`,
  severity: "critical" as const,
  summary: `${title} is not running`,
});
