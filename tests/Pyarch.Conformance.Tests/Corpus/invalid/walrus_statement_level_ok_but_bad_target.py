[x for x in y if (f() := 1)]
