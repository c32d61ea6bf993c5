total = (price + \
