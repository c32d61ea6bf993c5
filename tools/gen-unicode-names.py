#!/usr/bin/env python3
"""Writes src/Pyarch.Python/Resources/unicode-names.txt: the Unicode character names that Python's
`\\N{...}` escape accepts, as 'NAME;HEX' lines sorted by name, from this Python's unicodedata (a fact table).
pyarch looks a name up by binary search in the embedded file as it is, so it is left uncompressed: nothing is
decompressed or indexed at run time.

Names that Unicode derives from the code point (CJK unified and compatibility ideographs, Hangul
syllables, Tangut, Khitan, Nushu) are left out: pyarch computes those. The escape also takes Unicode's name
aliases ('\\N{BYTE ORDER MARK}', '\\N{LF}'), which unicodedata looks up but cannot list: they are read from
NameAliases.txt (Debian's unicode-data package; apt-get install unicode-data), keeping those this Python's
unicodedata.lookup accepts, so a newer file adds none this Python refuses. Run it again when the oracle's
Python changes its Unicode version.
"""
import pathlib
import unicodedata

ALIASES = "/usr/share/unicode/NameAliases.txt"
DERIVED = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "HANGUL SYLLABLE ", "TANGUT IDEOGRAPH-",
           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")

names = {}
for code in range(0x110000):
    name = unicodedata.name(chr(code), None)
    if name and not name.startswith(DERIVED):
        names[name] = code
for line in open(ALIASES, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        code, alias, _kind = line.strip().split(";")
        try:
            if unicodedata.lookup(alias) == chr(int(code, 16)):
                names[alias] = int(code, 16)
        except KeyError:
            pass  # an alias newer than this Python's Unicode
# Sorted by code unit, as pyarch compares; the comment line sorts first and is skipped.
lines = [f"# unicodedata {unicodedata.unidata_version}"] + [f"{name};{code:X}" for name, code in sorted(names.items())]
assert max(map(len, lines)) < 128, "UnicodeNames.TryTable reads 128 bytes either side of a position"
out = pathlib.Path(__file__).resolve().parent.parent / "src/Pyarch.Python/Resources/unicode-names.txt"
out.write_bytes(("\n".join(lines) + "\n").encode("ascii"))
print(f"{len(names)} names -> {out} ({out.stat().st_size} bytes)")
