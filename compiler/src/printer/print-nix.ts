export function printNix(): string {
  return "";
}
