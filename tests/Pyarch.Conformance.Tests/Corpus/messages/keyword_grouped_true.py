f((True)=1)
