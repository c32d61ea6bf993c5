merged = {**defaults for defaults in layers}
