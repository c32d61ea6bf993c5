#!/usr/bin/env python3
"""Writes each doctest example of CPython's own syntax tests that expects a SyntaxError (or IndentationError,
TabError) to its own file in OUT_DIR, so that pyarch's parser can be compared with ast.parse on each one.

    python3 extract_syntax_error_examples.py OUT_DIR

The examples come from the test modules of the running Python's standard library; nothing is copied into
the repository. Prints the number of files written.
"""
import doctest
import importlib
import os
import sys

MODULES = ["test.test_syntax", "test.test_genexps", "test.test_generators", "test.test_unpack",
           "test.test_unpack_ex", "test.test_setcomps", "test.test_listcomps", "test.test_dictcomps",
           "test.test_patma", "test.test_exceptions", "test.test_fstring", "test.test_grammar",
           "test.test_string_literals"]
ERRORS = ("SyntaxError", "IndentationError", "TabError")


def main(out):
    count = 0
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except Exception as error:  # a module missing from this build of Python is not an example source
            print(f"skipped {name}: {error}", file=sys.stderr)
            continue
        for test in doctest.DocTestFinder().find(module):
            for example in test.examples:
                if example.exc_msg and any(kind in example.exc_msg for kind in ERRORS):
                    count += 1
                    path = os.path.join(out, f"{name.rsplit('.', 1)[-1]}_{count:04d}.py")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(example.source)
    print(count)


if __name__ == "__main__":
    main(sys.argv[1])
