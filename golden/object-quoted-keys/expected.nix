{
  "local.example.org".port = 443;
  "if" = 1;
  "then" = 2;
  "else" = 3;
  "let" = 4;
  "in" = 5;
  "rec" = 6;
  "inherit" = 7;
  "with" = 8;
  "assert" = 9;
  "or" = 10;
  with-dash = 11;
  "0" = "zero";
  "10.0.0.1" = "router";
  "has space" = true;
  "$dollar" = "d";
  "" = "empty";
  "ünïcode" = "u";
  "a\"quote" = "q";
  true = "t";
  null = "n";
}
