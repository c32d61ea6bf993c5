setup(
    name="shop"

if debug:
    verbose=True)
