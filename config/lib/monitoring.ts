// The shared alert rules in the shape Prometheus and vmalert read, so the two metrics stores build them the same way.

interface Alert {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly severity: string;
  readonly summary: string;
}

/** Every alert in one rule group. */
export const ruleGroups = (alerts: readonly Alert[]) => ({
  groups: [
    {
      name: "homelab",
      rules: alerts.map((rule) => ({
        alert: rule.alert,
        expr: rule.expr,
        for: rule.for,
        labels: { severity: rule.severity },
        annotations: { summary: rule.summary },
      })),
    },
  ],
});
