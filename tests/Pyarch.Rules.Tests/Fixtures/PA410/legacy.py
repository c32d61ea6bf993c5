from flask import Flask

app = Flask(__name__)
app.run(host="0.0.0.0")  # expect: PA410 "every interface"
app.run(host="127.0.0.1")


def main():
    app.run("0.0.0.0", 5000)  # expect: 5 PA410
