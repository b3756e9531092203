// Helpers shared by the service modules: option trees and definitions every service repeats.
import { mkEnableOption, mkIf, mkOption, types } from "tsnix";

/** The options every homelab service has: enable, port and the subdomain it is served under. */
export const serviceOptions = (name: string, port: number) => ({
  enable: mkEnableOption(name),
  port: mkOption({ type: types.port, default: port }),
  subdomain: mkOption({ type: types.str, default: name }),
});

/** The firewall rule of an enabled service. */
export const openPort = (enabled: boolean, port: number) =>
  mkIf(enabled, { networking: { firewall: { allowedTCPPorts: [port] } } });

export const domainOf = (subdomain: string) => `${subdomain}.home.example.org`;
