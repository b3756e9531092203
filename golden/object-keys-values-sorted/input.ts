// Pins Object.keys/values/entries where order cannot be observed: sorted keys, lengths, membership, sums.
const services: Record<string, { port: number; enable: boolean }> = {
  zabbix: { port: 10050, enable: false },
  caddy: { port: 443, enable: true },
  "b-dns": { port: 53, enable: true },
};
export default {
  names: Object.keys(services).sort(),
  count: Object.keys(services).length,
  hasCaddy: Object.keys(services).includes("caddy"),
  anyDisabled: Object.values(services).some((s) => !s.enable),
  maxPort: Math.max(...Object.values(services).map((s) => s.port)),
  enabled: Object.entries(services).filter(([, s]) => s.enable).length,
  single: Object.keys({ only: 1 }),
};
