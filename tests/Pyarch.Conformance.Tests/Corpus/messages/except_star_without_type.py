try:
    run()
except* ValueError:
    pass
except*:
    pass
