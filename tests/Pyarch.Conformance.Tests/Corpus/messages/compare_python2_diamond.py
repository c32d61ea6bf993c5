def changed(old, new):
    if old <> new:
        return True
    return False
