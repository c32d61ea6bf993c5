if x:
    a
\ 
    b
