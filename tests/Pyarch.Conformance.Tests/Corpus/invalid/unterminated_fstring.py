x = f'abc {y}
