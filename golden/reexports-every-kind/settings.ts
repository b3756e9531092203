export { default } from "./defaults";
