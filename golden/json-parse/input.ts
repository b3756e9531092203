// Pins JSON.parse of a literal document → builtins.fromJSON.
const doc = '{"hosts": [{"name": "nas", "port": 22}], "enable": true, "ratio": 0.5, "none": null}';
const parsed: { hosts: { name: string; port: number }[]; enable: boolean; ratio: number; none: null } = JSON.parse(doc);
export default { parsed, first: parsed.hosts[0]!.name };
