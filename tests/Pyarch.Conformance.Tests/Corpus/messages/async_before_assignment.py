async worker = make_worker()
