# PEP 701 f-strings (Python 3.12): quotes reused, nesting, multi-line fields, backslashes
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
a = f"This is the playlist: {", ".join(songs)}"
b = f"{f"{f"{f"{f"{1+1}"}"}"}"}"
c = f"{'\n'.join(songs)}"
d = f"""{
    songs[0]  # a comment inside a replacement field
}"""
e = f"{songs!r:>{len(songs) * 10}}"
f = f'{"quote"}' f"{'mixed'}" "plain"
g = rf"raw {songs[0]} \d+ {{literal}}"
h = f"{ songs = }"
i = f"{songs[0]=!s:^20}"
j = f"{"nested" + f"{'deep'}"}"
k = f"{x:{width}.{precision}f} and {y!a}"
l = f"\N{BULLET} {songs[1]}"
m = f"{(lambda x: x * 2)(3)}"
n = f"{1:{2:{3}}}"
