match x:
    case *_ as y:
        pass
