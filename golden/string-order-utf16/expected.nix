let
  jsUtf16Key =
    let
      astral = builtins.fromJSON "\"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00\"";
      leads = builtins.genList (i: builtins.substring (i * 4) 1 astral) 5;
      marker =
        builtins.substring 0 1 (builtins.fromJSON "\"\\ud7ff\"")
        + builtins.substring 1 1 (builtins.fromJSON "\"\\u00a0\"");
    in
    builtins.replaceStrings leads (map (lead: marker + lead) leads);
  names = [
    "zeta"
    "émile"
    "😀 smile"
    "� replacement"
    "ﬀ ligature"
    "alpha"
    "𐀀 first astral"
  ];
  emoji = "😀";
in
{
  sorted = builtins.sort (a1: b1: jsUtf16Key a1 < jsUtf16Key b1) names;
  descending = builtins.sort (
    a: b:
    (
      if jsUtf16Key a < jsUtf16Key b then
        1
      else if jsUtf16Key a > jsUtf16Key b then
        -1
      else
        0
    ) < 0
  ) names;
  emojiBeforePrivateUse = jsUtf16Key emoji < "";
  emojiAfterAscii = emoji > "z";
  words = builtins.sort builtins.lessThan [
    "pear"
    "apple"
    "fig"
  ];
}
