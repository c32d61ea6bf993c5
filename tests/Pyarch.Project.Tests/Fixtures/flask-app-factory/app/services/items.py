from marshmallow import Schema, fields
from redis import Redis
from rq import Queue

queue = Queue(connection=Redis())


class ItemSchema(Schema):
    name = fields.Str(required=True)


def enqueue_import(path):
    return queue.enqueue("app.services.tasks.import_items", path)
