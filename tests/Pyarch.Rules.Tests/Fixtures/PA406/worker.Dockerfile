# expect: PA406 "sets no `USER`"
FROM python:3.12-slim
CMD ["celery", "-A", "app", "worker"]
