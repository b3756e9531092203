{ fn.packages = set: [ (set.extra or "none") ]; }
