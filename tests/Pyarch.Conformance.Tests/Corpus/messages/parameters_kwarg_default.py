def f(a, **b=3):
    pass
