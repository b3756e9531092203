// Pins a realistic program: generating nginx virtual hosts from a service table (records, templates, mapAttrs).
interface App { port: number; public: boolean; websockets?: boolean }
const domain = "example.org";
const apps: Record<string, App> = {
  grafana: { port: 3000, public: false },
  "home-assistant": { port: 8123, public: true, websockets: true },
  jellyfin: { port: 8096, public: true },
};
const vhost = (name: string, app: App) => ({
  serverName: `${name}.${domain}`,
  forceSSL: app.public,
  enableACME: app.public,
  locations: {
    "/": {
      proxyPass: `http://127.0.0.1:${app.port}`,
      proxyWebsockets: app.websockets ?? false,
      extraConfig: app.public ? "" : "allow 10.0.0.0/8;\ndeny all;",
    },
  },
});
export default {
  services: {
    nginx: {
      enable: true,
      virtualHosts: Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, vhost(name, app)])),
    },
  },
  networking: { firewall: { allowedTCPPorts: Object.values(apps).some((a) => a.public) ? [80, 443] : [] } },
};
