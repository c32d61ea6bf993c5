# ast.parse accepts a lone starred target; only the compiler refuses it.
for *x in y:
    pass
[x for *x in y]
with a as *b:
    pass
