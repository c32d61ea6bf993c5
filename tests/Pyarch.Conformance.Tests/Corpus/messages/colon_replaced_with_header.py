with a ad b:
    pass
