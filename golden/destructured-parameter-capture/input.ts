// Pins destructured parameters whose defaults name outer bindings that share a name with a destructured key.
const port = 8080;
const defaultUser = "nobody";
const listen = ({ port: p = port }: { port?: number }) => p;
const owner = ({ user = defaultUser, defaultUser: fallback = "root" }: { user?: string; defaultUser?: string }) =>
  `${user}/${fallback}`;
const keyword = ({ if: cond, with: extra = "none" }: { if: boolean; with?: string }) => (cond ? extra : "off");
export default {
  listenDefault: listen({}),
  listenGiven: listen({ port: 443 }),
  owner: owner({}),
  ownerGiven: owner({ defaultUser: "admin" }),
  keyword: keyword({ if: true }),
  keywordGiven: keyword({ if: true, with: "tls" }),
};
