match x:
    case 1 if y
        pass
