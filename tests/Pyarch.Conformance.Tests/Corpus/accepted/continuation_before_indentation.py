# A backslash in the indentation: its column decides, unless it is 0.
if x:
    pass
else:
\
        y = 1
class A:
  \
    """doc
    """
if y:
    a
\
\
    b
\
# comment
    c
