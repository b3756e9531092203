// Helpers shared by modules: option builders (they need lib, which the modules pass on) and plain functions.
import { mkIf, mkOption, types } from "tsnix";

export const portOption = (port: number, what: string) =>
  mkOption({ type: types.port, default: port, description: `The port ${what} listens on.` });

export const enableOption = (what: string) =>
  mkOption({ type: types.bool, default: false, description: `Whether to run ${what}.` });

export const serviceUnit = (name: string, port: number) => ({
  description: `${name} on ${port}`,
  after: ["network.target"],
  environment: { PORT: `${port}` },
});

export const whenEnabled = <T>(enabled: boolean, value: T) => mkIf(enabled, value);
