# Names that are, or begin like, string prefixes, next to quotes and not. The tokenizer reads a whole name
# first and only then asks whether it was a prefix: these must still come out as CPython reads them.
r, b, u, f, rb, br, fr, rf, R, B, U, F = range(12)
Rb, bR, RB, Fr, fR, FR = range(6)
raw = r'\d+' + R"\w" + rb'\x00' + Rb"\n" + bR'x' + BR"y" + br'z' + u'text' + U"TEXT"
value = 7
formatted = f'{value}' + F"{value!r}" + rf'\{value}' + fR"{value:>{value}}" + Fr'x' + FR"y"
data = b'bytes' + B"BYTES"
words = [rbx for rbx in "ab"], [fru for fru in "cd"], [ub for ub in "ef"]
joined = r + b + u + f, rb + br, fr - rf
call = print(r, f)
items = {u: b for u, b in [(1, 2)]}
longer_names = [abcdefgh, abcdefghi, abcdefghijklmnop, a1b2c3d4e5, _x, __dunder__, x_9]
unicode_names = [café, naïve, Ωmega, 変数, r_é, ﬁle]
attribute = rb.real, f.imag, u.bit_length()
keyword_like = [True, False, None, import_, class_, def_, if_else, async_, await_]
