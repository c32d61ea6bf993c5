FROM gcr.io/distroless/python3-debian12:nonroot
COPY app.pyz /app.pyz
CMD ["/app.pyz"]
