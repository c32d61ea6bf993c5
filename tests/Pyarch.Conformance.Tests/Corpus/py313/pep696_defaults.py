# PEP 696 type parameter defaults (Python 3.13)
type Alias[T = int] = list[T]
type Callable2[**P = [int, str], R = None] = Callable[P, R]
type Star[*Ts = *tuple[int, ...]] = tuple[*Ts]


def make[T: (int, float) = int](value: T) -> T:
    return value


class Registry[K = str, V: object = object]:
    pass
