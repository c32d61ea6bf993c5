options = {**defaults for defaults in layers, extra}
