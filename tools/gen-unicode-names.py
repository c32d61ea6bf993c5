#!/usr/bin/env python3
"""Writes src/Pyarch.Python/Resources/unicode-names.txt.gz: the Unicode character names that Python's
`\\N{...}` escape accepts, as 'HEX NAME' lines, from this Python's unicodedata (a fact table).

Names that Unicode derives from the code point (CJK unified and compatibility ideographs, Hangul
syllables, Tangut, Khitan, Nushu) are left out: pyarch computes those. The escape also takes Unicode's name
aliases ('\\N{BYTE ORDER MARK}', '\\N{LF}'), which unicodedata looks up but cannot list: they are read from
NameAliases.txt (Debian's unicode-data package; apt-get install unicode-data), keeping those this Python's
unicodedata.lookup accepts, so a newer file adds none this Python refuses. Run it again when the oracle's
Python changes its Unicode version.
"""
import gzip
import pathlib
import unicodedata

ALIASES = "/usr/share/unicode/NameAliases.txt"
DERIVED = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "HANGUL SYLLABLE ", "TANGUT IDEOGRAPH-",
           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")

lines = [f"# unicodedata {unicodedata.unidata_version}"]
for code in range(0x110000):
    name = unicodedata.name(chr(code), None)
    if name and not name.startswith(DERIVED):
        lines.append(f"{code:X} {name}")
for line in open(ALIASES, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        code, alias, _kind = line.strip().split(";")
        try:
            if unicodedata.lookup(alias) == chr(int(code, 16)):
                lines.append(f"{int(code, 16):X} {alias}")
        except KeyError:
            pass  # an alias newer than this Python's Unicode
out = pathlib.Path(__file__).resolve().parent.parent / "src/Pyarch.Python/Resources/unicode-names.txt.gz"
out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0))
print(f"{len(lines) - 1} names -> {out} ({out.stat().st_size} bytes)")
