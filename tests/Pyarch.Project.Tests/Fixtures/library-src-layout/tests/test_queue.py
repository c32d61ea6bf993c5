import unittest

from tinyqueue import Queue


class QueueTests(unittest.TestCase):
    def test_path(self):
        self.assertEqual(Queue("q.db").path, "q.db")
