// Helpers the monitoring module shares: Prometheus scrape jobs and addresses.
export const address = (host: string, port: number) => `${host}:${port}`;

export const scrapeJob = (
  name: string,
  targets: readonly string[],
  labels: { readonly [name: string]: string },
  interval: string | null,
) => ({
  job_name: name,
  static_configs: [{ targets, labels }],
  ...(interval === null ? {} : { scrape_interval: interval }),
});
