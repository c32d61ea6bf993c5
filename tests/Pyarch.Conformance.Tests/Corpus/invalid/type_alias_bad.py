type X[ = int
