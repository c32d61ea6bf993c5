def ok(:
    pass
