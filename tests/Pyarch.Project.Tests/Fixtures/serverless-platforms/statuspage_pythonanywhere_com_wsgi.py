import sys

sys.path.insert(0, "/home/statuspage/status")

from app import app as application  # noqa: E402
