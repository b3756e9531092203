// Generates a large, realistic input for the compile benchmark: many blocks of homelab-style code (interfaces,
// functions with early returns, objects with spreads, templates, array pipelines), all in the supported subset.
export function generateInput(blocks) {
  const out = [
    "// Generated benchmark input: do not edit.",
    "interface Service { readonly name: string; readonly port: number; readonly public?: boolean }",
    "interface Host { readonly name: string; readonly address: string; readonly services: readonly Service[] }",
    "",
  ];
  for (let i = 0; i < blocks; i++) {
    out.push(
      `const host${i}: Host = {`,
      `  name: "host-${i}",`,
      `  address: "10.0.${i % 250}.${(i * 7) % 250}",`,
      `  services: [`,
      `    { name: "grafana", port: ${3000 + i}, public: true },`,
      `    { name: "prometheus", port: ${9090 + i} },`,
      `    { name: "loki", port: ${3100 + i}, public: ${i % 2 === 0} },`,
      `  ],`,
      `};`,
      `function ports${i}(host: Host): number[] {`,
      `  const open = host.services.filter((s) => s.public === true).map((s) => s.port);`,
      `  if (open.length === 0) {`,
      `    return [22];`,
      `  }`,
      `  return [22, ...open].toSorted((a, b) => a - b);`,
      `}`,
      `const vhosts${i} = Object.fromEntries(`,
      `  host${i}.services.map((s) => [\`\${s.name}.\${host${i}.name}.example.org\`, { extraConfig: \`reverse_proxy \${host${i}.address}:\${s.port}\` }]),`,
      `);`,
      `const summary${i} = (verbose: boolean): string =>`,
      `  verbose ? \`\${host${i}.name} runs \${host${i}.services.map((s) => s.name).join(", ")}\` : host${i}.name;`,
      `const config${i} = {`,
      `  networking: { hostName: host${i}.name, firewall: { allowedTCPPorts: ports${i}(host${i}) } },`,
      `  services: { caddy: { enable: ports${i}(host${i}).length > 1, virtualHosts: vhosts${i} } },`,
      `  description: summary${i}(${i % 3 === 0}),`,
      `  total: host${i}.services.reduce((sum, s) => sum + s.port, 0) % 1000,`,
      `  ...(${i} % 5 === 0 ? { backup: { repository: \`/backup/\${host${i}.name}\` } } : {}),`,
      `};`,
      "",
    );
  }
  out.push("export default {");
  for (let i = 0; i < blocks; i++) out.push(`  h${i}: config${i},`);
  out.push("};", "");
  return out.join("\n");
}
