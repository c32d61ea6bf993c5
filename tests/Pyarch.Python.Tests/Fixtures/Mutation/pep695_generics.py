# PEP 695 generic functions and classes (Python 3.12)
def first[T](items: list[T]) -> T:
    return items[0]


async def gather[T, *Ts, **P](fn: Callable[P, T], *args: *Ts) -> T:
    return await fn(*args)


class Box[T: int]:
    def get[U](self, default: U) -> T | U:
        return self.value or default


@dataclass
class Pair[K: (str, bytes), V](Generic, metaclass=Meta):
    key: K
    value: V


class Empty[T,]:
    pass
