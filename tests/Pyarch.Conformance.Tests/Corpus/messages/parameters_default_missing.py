def f(a=1, d=, c):
    pass
