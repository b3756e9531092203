export const unitName = (name: string): string => `${name}.service`;
export const fqdn = (host: string, domain: string): string => `${host}.${domain}`;
