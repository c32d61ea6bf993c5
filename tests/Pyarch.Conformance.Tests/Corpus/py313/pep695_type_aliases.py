# PEP 695 type statements (Python 3.12)
type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Callback[**P, R] = Callable[P, R]
type Shape[*Ts] = tuple[*Ts]
type Bounded[T: (int, str), U: Hashable] = dict[T, U]

# 'type' stays an ordinary name elsewhere
type = "soft keyword"
print(type)
type.__name__
def type_of(type): return type
