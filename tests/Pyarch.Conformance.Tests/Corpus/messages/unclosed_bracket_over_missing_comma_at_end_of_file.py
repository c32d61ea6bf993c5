f(a b
