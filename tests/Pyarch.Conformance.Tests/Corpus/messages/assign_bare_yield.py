def f():
    x = yield = y
