let
  isEven = n: if n == 0 then true else isOdd (n - 1);
  isOdd = n: if n == 0 then false else isEven (n - 1);
  count = t: 1 + sum (map count t.children);
  sum = xs: builtins.foldl' (a: b: a + b) 0 xs;
  tree = {
    name = "root";
    children = [
      {
        name = "a";
        children = [ ];
      }
      {
        name = "b";
        children = [
          {
            name = "c";
            children = [ ];
          }
        ];
      }
    ];
  };
in
{
  even10 = isEven 10;
  odd7 = isOdd 7;
  even3 = isEven 3;
  nodes = count tree;
}
