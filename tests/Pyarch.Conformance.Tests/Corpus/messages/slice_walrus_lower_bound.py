lst[x:=1:-1]
