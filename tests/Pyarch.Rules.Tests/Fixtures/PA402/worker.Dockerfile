# The slim variant is fine.
FROM docker.io/library/python:3.12-slim-bookworm
CMD ["celery", "-A", "app", "worker"]
