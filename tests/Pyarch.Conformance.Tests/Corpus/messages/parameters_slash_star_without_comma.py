def route(path, /*, methods):
    return path
