export const owner = "jürgen";
