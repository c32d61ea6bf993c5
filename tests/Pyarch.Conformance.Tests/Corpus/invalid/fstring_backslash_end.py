x = f'abc\'
