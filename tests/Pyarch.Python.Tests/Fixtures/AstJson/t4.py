match p:
    case Point(1, y=[*rest]) | {"k": None, **kw} if x:
        pass
from .. import m as n
v: int = [i async for i in g]
