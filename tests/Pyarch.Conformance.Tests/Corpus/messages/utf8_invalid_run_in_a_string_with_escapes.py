x = 'ab\né'
