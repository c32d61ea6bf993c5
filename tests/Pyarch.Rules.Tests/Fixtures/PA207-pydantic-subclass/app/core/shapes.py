class Shape:
    log_format: str = "text"
