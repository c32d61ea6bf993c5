"""A module that never imports Flask: its run(debug=True) is some other framework's, not Werkzeug's."""


class Server:
    def run(self, debug=False):
        return debug


Server().run(debug=True)
