import sqlite3

import attrs


@attrs.define
class Queue:
    path: str

    def connect(self):
        return sqlite3.connect(self.path)
