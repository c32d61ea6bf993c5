FROM python:3.12-slim
RUN useradd --uid 10001 api
# expect: PA406 "`USER api` names a user, not a numeric UID"
USER api
CMD ["uvicorn", "app:app"]
