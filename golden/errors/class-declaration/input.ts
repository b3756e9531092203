// Refuses classes (TSNIX1101).
class Host {
  readonly name = "nas";
}
export default { kind: typeof Host };
