match x:
    case *_,:
        pass
    case (*_,):
        pass
    case [*_]:
        pass
    case a, *rest:
        pass
