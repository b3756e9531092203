{
  strings = {
    lines = ''
      second line
      third line'';
    commas = "c";
    path = "/usr/bin";
    joined = "y";
  };
}
