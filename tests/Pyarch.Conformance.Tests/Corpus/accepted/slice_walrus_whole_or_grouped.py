lst[x:=1]
lst[(x:=1):-1]
lst[a:b, x:=2]
