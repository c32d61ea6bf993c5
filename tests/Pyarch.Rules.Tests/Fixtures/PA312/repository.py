"""Data access for the reporting service, on sqlite3 and SQLAlchemy."""
import logging
import sqlite3

from sqlalchemy import text

log = logging.getLogger(__name__)


class ReportRepository:
    def __init__(self, path):
        self.connection = sqlite3.connect(path)

    def user_by_name(self, name):
        cursor = self.connection.cursor()
        cursor.execute(f"SELECT id, email FROM users WHERE name = '{name}'")  # expect: 24 PA312 "an f-string reaches `.execute()`"
        return cursor.fetchone()

    def orders_since(self, customer, day):
        # expect: PA312 "`%` formatting"
        query = "SELECT id, total FROM orders WHERE customer = '%s' AND day >= '%s'" % (customer, day)
        return self.connection.execute(query).fetchall()

    def delete_many(self, ids):
        sql = "DELETE FROM orders WHERE id IN (" + ",".join(ids) + ")"  # expect: PA312 "concatenation"
        self.connection.executemany(sql, [])
        self.connection.execute(sql)

    def search(self, term, limit):
        sql = "SELECT id FROM products WHERE 1 = 1"
        sql += " AND title LIKE '%{}%'".format(term)  # expect: PA312 "`.format()`"
        sql += " LIMIT 10"
        return self.connection.execute(sql).fetchall()

    def rename(self, old, new):
        template = "UPDATE products SET title = ':new' WHERE title = ':old'"
        self.connection.execute(template.replace(":new", new).replace(":old", old))  # expect: PA312 "`.replace()`"

    def count_rows(self, table):
        # Only the table name is interpolated; there is no value to bind.
        return self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()

    def page(self, table, column, owner, offset):
        # Identifiers are formatted in, values are bound parameters (bandit #1302).
        query = f'SELECT * FROM "{table}" WHERE owner = ? ORDER BY {column} LIMIT 20 OFFSET ?'
        return self.connection.execute(query, (owner, offset)).fetchall()

    def qualified(self, schema, table, key):
        return self.connection.execute("SELECT * FROM %s.%s WHERE id = ?" % (schema, table), (key,))

    def by_id(self, key):
        return self.connection.execute("SELECT * FROM orders WHERE id = ?", (key,)).fetchone()

    def constant_parts(self):
        return self.connection.execute("SELECT %s FROM orders" % "id").fetchall()

    def purge(self, table):
        try:
            self.connection.execute("DELETE FROM audit WHERE id = ?", (table,))
        except sqlite3.Error as error:
            # SQL-looking prose in log and exception messages is not a query (bandit #984).
            log.warning(f"delete from {table} failed: select a smaller batch")
            log.info("Update of %s set aside" % table)
            raise RuntimeError("could not select rows from " + table + " where needed") from error

    def plan(self, job):
        # A job queue's execute is not a database call, and this is not SQL.
        job.execute(f"resize image {job.name}")


def active_users(session, status):
    statement = text(f"SELECT id FROM users WHERE status = '{status}'")  # expect: PA312 "reaches `text()`"
    return session.execute(statement).all()


def bound(session, status):
    return session.execute(text("SELECT id FROM users WHERE status = :status"), {"status": status}).all()


def from_join(session, other, key):
    return session.execute(text("SELECT a.id FROM a JOIN " + other + " ON a.id = b.id WHERE a.k = :k"), {"k": key})
