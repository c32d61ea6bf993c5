#!/usr/bin/env python3
"""Writes, into the folder given, one file for each byte from 0x80 to 0xFF of each single-byte code page of this
Python's encodings package (the modules that decode through a charmap table): a coding line naming the page and the
byte in a string, so that pyarch's decoding can be compared with CPython's on each one; and for each page a file with
CRLF line ends.

    python3 write_code_page_bytes.py OUT_DIR

Named PAGE_XX.py; prints how many it wrote.
"""
import encodings
import importlib
import os
import pkgutil
import sys

folder = sys.argv[1]
written = 0
for module in sorted(m.name for m in pkgutil.iter_modules(encodings.__path__)):
    try:
        codec = importlib.import_module(f"encodings.{module}")
    except ImportError:
        continue
    if not isinstance(getattr(codec, "decoding_table", None), str):
        continue
    for byte in range(0x80, 0x100):
        with open(os.path.join(folder, f"{module}_{byte:02x}.py"), "wb") as f:
            f.write(b"# coding: " + module.encode() + b"\nx = '" + bytes([byte]) + b"'\n")
        written += 1
    # CPython turns CRLF and a lone CR into LF before it decodes, which matters where LF is not 0x0A's character (EBCDIC).
    with open(os.path.join(folder, f"{module}_crlf.py"), "wb") as f:
        f.write(b"\r\n# coding: " + module.encode() + b"\r\nx = 1\r\n")
    written += 1
print(written)
