# match statements with every pattern kind, and except* (3.10/3.11 syntax, checked by hand too)
def handle(command):
    match command.split():
        case [("go" | "move") as verb, direction] if direction in DIRECTIONS:
            return verb, direction
        case ["drop", *objects]:
            return objects
        case {"action": action, "target": Point(x=0, y=0), **rest}:
            return action, rest
        case Point(1, 2) | Point(x=3, y=-4.5) | None | True:
            return None
        case -1 | 1 + 2j | -3 - 4j | b"bytes" | "text" "concat":
            return 0
        case Color.RED | module.Enum.VALUE:
            return 1
        case (a, b, *_) | [a, b]:
            return a, b
        case _:
            return "unknown"


match = {"match": 1}
match["case"] = match


try:
    run()
except* (ValueError, TypeError) as group:
    handle(group)
except* OSError:
    pass
