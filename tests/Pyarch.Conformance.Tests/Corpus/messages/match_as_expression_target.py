match command:
    case "quit" as 1 + 2:
        stop()
