g = lambda a=: 1
