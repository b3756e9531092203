let
  jsPad =
    atStart: n: fill: s:
    let
      missing = n - builtins.stringLength s;
      padding = builtins.substring 0 missing (
        builtins.concatStringsSep "" (
          builtins.genList (_: fill) (builtins.div missing (builtins.stringLength fill) + 1)
        )
      );
    in
    if missing <= 0 || fill == "" then s else if atStart then padding + s else s + padding;
  jsToLowerCase =
    s:
    if builtins.match "[\t\n\r -~]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings [
        "A"
        "B"
        "C"
        "D"
        "E"
        "F"
        "G"
        "H"
        "I"
        "J"
        "K"
        "L"
        "M"
        "N"
        "O"
        "P"
        "Q"
        "R"
        "S"
        "T"
        "U"
        "V"
        "W"
        "X"
        "Y"
        "Z"
      ] [
        "a"
        "b"
        "c"
        "d"
        "e"
        "f"
        "g"
        "h"
        "i"
        "j"
        "k"
        "l"
        "m"
        "n"
        "o"
        "p"
        "q"
        "r"
        "s"
        "t"
        "u"
        "v"
        "w"
        "x"
        "y"
        "z"
      ] s;
  jsToUpperCase =
    s:
    if builtins.match "[\t\n\r -~]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings [
        "a"
        "b"
        "c"
        "d"
        "e"
        "f"
        "g"
        "h"
        "i"
        "j"
        "k"
        "l"
        "m"
        "n"
        "o"
        "p"
        "q"
        "r"
        "s"
        "t"
        "u"
        "v"
        "w"
        "x"
        "y"
        "z"
      ] [
        "A"
        "B"
        "C"
        "D"
        "E"
        "F"
        "G"
        "H"
        "I"
        "J"
        "K"
        "L"
        "M"
        "N"
        "O"
        "P"
        "Q"
        "R"
        "S"
        "T"
        "U"
        "V"
        "W"
        "X"
        "Y"
        "Z"
      ] s;
  jsTrim =
    s:
    let
      m = builtins.head (builtins.match "[[:space:]]*(.*[^[:space:]])?[[:space:]]*" s);
      r = if m == null then "" else m;
    in
    if
      builtins.any
        (
          w:
          builtins.substring 0 (builtins.stringLength w) r == w
          || builtins.stringLength r >= builtins.stringLength w
            && builtins.substring
                (builtins.stringLength r - builtins.stringLength w)
                (builtins.stringLength w)
                r
              == w
        )
        [
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          "　"
          "﻿"
        ]
    then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  jsTrimEnd =
    s:
    let
      m = builtins.head (builtins.match "(.*[^[:space:]])?[[:space:]]*" s);
      r = if m == null then "" else m;
    in
    if
      builtins.any
        (
          w:
          builtins.stringLength r >= builtins.stringLength w
          && builtins.substring
              (builtins.stringLength r - builtins.stringLength w)
              (builtins.stringLength w)
              r
            == w
        )
        [
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          " "
          "　"
          "﻿"
        ]
    then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  jsTrimStart =
    s:
    let
      m = builtins.head (builtins.match "[[:space:]]*(.*)" s);
      r = if m == null then "" else m;
    in
    if
      builtins.any (w: builtins.substring 0 (builtins.stringLength w) r == w) [
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        " "
        "　"
        "﻿"
      ]
    then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  host = "  Web-01.Example.ORG \t\n";
  name = jsTrim host;
in
{
  trimmed = name;
  lower = jsToLowerCase name;
  upper = jsToUpperCase name;
  trimStart = jsTrimStart host;
  trimEnd = jsTrimEnd host;
  padded = jsPad true 3 "0" "7";
  padMulti = jsPad true 6 "ab" "5";
  padNoop = jsPad true 3 "0" "12345";
  padEnd = jsPad false 5 "." "ab";
  padSpace = jsPad true 4 " " "x";
  repeat = builtins.concatStringsSep "" (builtins.genList (_: "=-") 3);
  repeatZero = builtins.concatStringsSep "" (builtins.genList (_1: "x") 0);
}
