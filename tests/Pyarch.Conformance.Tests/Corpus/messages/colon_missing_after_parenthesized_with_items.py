with (open(source) as src, open(target) as dst)
    dst.write(src.read())
