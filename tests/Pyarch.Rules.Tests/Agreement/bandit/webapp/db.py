"""Queries of the reporting service, on sqlite3."""
import logging
import sqlite3

log = logging.getLogger(__name__)


def connect(path):
    return sqlite3.connect(path)


def customer_orders(connection, customer):
    cursor = connection.cursor()
    cursor.execute("SELECT id, total FROM orders WHERE customer = '%s'" % customer)
    return cursor.fetchall()


def search(connection, term, limit):
    query = (
        "SELECT id, title FROM products "
        "WHERE title LIKE '%" + term + "%' "
        "LIMIT " + str(limit)
    )
    return connection.execute(query).fetchall()


def update_price(connection, product, price):
    connection.execute(f"UPDATE products SET price = {price} WHERE id = {product}")


def archive(connection, table, before):
    # bandit-only: B608 only the table name is formatted in; the value is a bound parameter (bandit #1302)
    connection.execute(f"DELETE FROM {table} WHERE created < ?", (before,))


def count(connection, table):
    # bandit-only: B608 only the table name is formatted in, there is no value at all
    return connection.execute("SELECT COUNT(*) FROM %s" % table).fetchone()[0]


def purge(connection, table):
    try:
        connection.execute("DELETE FROM audit WHERE kind = ?", (table,))
    except sqlite3.Error:
        # bandit-only: B608 log text that reads like SQL is not a query (bandit #984)
        log.exception("delete from %s failed; select a smaller batch" % table)
        raise


def report_sql(table, column):
    # bandit-only: B608 the string never reaches a database call in this function
    return "SELECT " + column + " FROM " + table + " WHERE deleted = 0"
