// Refuses Object.keys whose order is observed (TSNIX1206): insertion order in JS, sorted in Nix.
const services = { zabbix: 10050, caddy: 443 };
export default { first: Object.keys(services)[0] };
