names = {first, last, for first, last in people}
