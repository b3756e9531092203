// Port helpers shared by the modules.
export const checkedPort = (name: string, port: number): number => {
  if (port < 1024) {
    throw new Error(`${name}: port ${port} is privileged`);
  }
  return port;
};
