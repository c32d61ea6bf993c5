import tornado.web


def make_app():
    return tornado.web.Application([])
