print >>sys.stderr, "x"
print
