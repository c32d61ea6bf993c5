handler = lambda event, *, **context: event
