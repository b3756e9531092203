// Refuses `.replace` with a replacement function (TSNIX1218).
export default { ip: "10.0.0.1".replace(".", (m) => m + m) };
