# expect: PA402 "full `python` image"
FROM python
CMD ["python", "-m", "tools"]
