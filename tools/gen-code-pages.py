#!/usr/bin/env python3
"""Writes src/Pyarch.Python/Resources/code-pages.txt: every single-byte code page of this Python's encodings
package (the modules that decode through a 256-character charmap table), a line each: 'NAME ALIASES TABLE', where
ALIASES are the names encodings.aliases maps to it, comma-separated ('-' for none), and TABLE is the character each
byte from 0x00 to 0xFF decodes to, four hex digits each, FFFE where the byte is undefined. A fact table: the same
mapping CPython decodes a PEP 263 coding line's code page with, errors included. Embedded uncompressed: the first
file with a coding line read it, decompressed, in a millisecond more than the whole one-file parse of about four.
"""
import encodings
import encodings.aliases
import importlib
import pathlib
import pkgutil
import sys

lines = [f"# CPython {sys.version.split()[0]} encodings: name, aliases, the characters of bytes 0x00-0xFF (FFFE undefined)"]
for module in sorted(m.name for m in pkgutil.iter_modules(encodings.__path__)):
    try:
        codec = importlib.import_module(f"encodings.{module}")
    except ImportError:
        continue
    table = getattr(codec, "decoding_table", None)
    if not isinstance(table, str):
        continue
    assert len(table) == 256 and all(ord(c) <= 0xFFFF for c in table), module
    aliases = sorted(alias for alias, target in encodings.aliases.aliases.items() if target == module)
    lines.append(f"{module} {','.join(aliases) or '-'} {''.join(f'{ord(c):04X}' for c in table)}")
out = pathlib.Path(__file__).resolve().parent.parent / "src/Pyarch.Python/Resources/code-pages.txt"
out.write_bytes(("\n".join(lines) + "\n").encode("ascii"))
print(f"{len(lines) - 1} code pages -> {out} ({out.stat().st_size} bytes)")
