from flask import Flask

app = Flask(__name__)
app.config["TESTING"] = True
app.config["SECRET_KEY"] = "test-only"
