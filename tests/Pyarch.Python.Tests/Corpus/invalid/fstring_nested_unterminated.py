x = f'{f"{a}'
