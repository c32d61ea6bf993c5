x = f'{x}ab\néé(' + 1
