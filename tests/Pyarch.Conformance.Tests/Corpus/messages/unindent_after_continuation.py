if True:
    1
  \
    2
