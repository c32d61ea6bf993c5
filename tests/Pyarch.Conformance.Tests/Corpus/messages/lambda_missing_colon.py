f = lambda x y: 1
