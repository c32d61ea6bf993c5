"""Copies the notes database somewhere safe."""
import logging
import shutil
import sqlite3
import sys

from peewee import SqliteDatabase
from pony.orm import Database

log = logging.getLogger("backup")


def main(source, target):
    sqlite3.connect(source).close()
    shutil.copy(source, target)
    log.info("copied %s to %s", source, target)


if __name__ == "__main__":
    main(*sys.argv[1:3])
