def grow(n):
    n <>= 1
    return n
