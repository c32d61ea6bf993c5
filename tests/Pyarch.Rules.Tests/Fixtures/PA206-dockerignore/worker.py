import os

QUEUE_URL = os.environ["QUEUE_URL"]
