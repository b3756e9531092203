// Pins `if`/early `return` chains in function bodies → nested `if … then … else`, with consts between them.
const classify = (port: number): string => {
  if (port < 0) return "invalid";
  if (port < 1024) {
    const kind = port === 22 ? "ssh" : "system";
    return `well-known:${kind}`;
  }
  const upper = 49152;
  if (port >= upper) {
    return "ephemeral";
  } else if (port === 8080) {
    return "alt-http";
  }
  return "registered";
};
export default [-1, 22, 80, 8080, 8081, 50000].map(classify);
