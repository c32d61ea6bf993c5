index = dict(key = row.id for row in rows)
