if x:
    a
  b = 2  # points past the comment
