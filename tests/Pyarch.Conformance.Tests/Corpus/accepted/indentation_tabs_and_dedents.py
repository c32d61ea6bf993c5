# Indentation by tabs, then tabs and spaces, nine levels deep, then back out several levels at a time; a
# form feed resets the column. Each level's column and its tabs-as-one column are compared on the way back.
def f(x):
	if x > 1:
		if x > 2:
			if x > 3:
				if x > 4:
				 if x > 5:
				  if x > 6:
				    if x > 7:
				        if x > 8:
				            if x > 9:
				                return 9
				  y = 6
		z = 2
	return 1
g = f(1)
