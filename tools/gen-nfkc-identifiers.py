#!/usr/bin/env python3
"""Writes src/Pyarch.Python/Resources/nfkc-identifiers.txt.gz: for every character that may appear in a
Python identifier and that NFKC normalization changes, 'HEX HEX...' (the character, then its NFKC form),
from this Python's unicodedata (a fact table). CPython normalizes non-ASCII identifiers with NFKC (PEP 3131);
.NET's invariant globalization mode, which the native binary uses, has no normalization of its own.
"""
import gzip
import pathlib
import unicodedata

lines = [f"# unicodedata {unicodedata.unidata_version}"]
for code in range(0x80, 0x110000):
    c = chr(code)
    if not (c.isidentifier() or ("a" + c).isidentifier()):
        continue
    n = unicodedata.normalize("NFKC", c)
    if n != c:
        lines.append(" ".join(f"{ord(x):X}" for x in c + n))
out = pathlib.Path(__file__).resolve().parent.parent / "src/Pyarch.Python/Resources/nfkc-identifiers.txt.gz"
out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("ascii"), mtime=0))
print(f"{len(lines) - 1} mappings -> {out} ({out.stat().st_size} bytes)")
