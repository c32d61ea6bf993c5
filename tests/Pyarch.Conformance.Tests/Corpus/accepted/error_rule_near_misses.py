# Valid code next to the error rules for comprehension targets, keyword generators, bare stars, except*,
# async, parenthesized with-items, as-patterns and line continuations: each must parse, with CPython's tree.
pairs = [(key, value) for key, value in settings.items()]
names = {first for first, last in people}
merged = {**defaults, **{name: value for name, value in overrides}}
index = dict(key=(row.id for row in rows))
index = dict(key=row.id == 1)
label = "admin" if user.is_staff else "user"


def configure(app, *, debug=False, **options):
    return app


def route(path, /, *, methods=None):
    return path


handler = lambda event, *, context=None, **rest: event

try:
    run()
except* ValueError:
    pass


async def main():
    async with lock:
        async for item in queue:
            pass


with (open(source) as src, open(target) as dst):
    dst.write(src.read())

with (lock, other):
    pass

match command:
    case "quit" as word:
        stop(word)
    case [first, *rest] as whole:
        pass

total = price + \
    tax
