export const ports = [22, 80, 443];
