class Jar:
    def set_cookie(self, name, value):
        self.cookies[name] = value


def warm(jar: Jar):
    # Not a web framework's response: a module importing none of them is not checked.
    jar.set_cookie("k", "v")
