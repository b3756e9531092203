{
  dollar = "costs $5";
  interpolationLike = "echo \${HOME} and $\${x} and $$";
  backslash = "C:\\path\\to\\file \\\${not}";
  quotes = "she said \"hi\" and 'bye'";
  lines = "line1\nline2\r\n\ttabbed";
  unicode = "café – 日本語 – 🚀";
  nixComment = "# not a comment /* nor this */";
  apostrophes = "''double single'' quotes";
  empty = "";
}
