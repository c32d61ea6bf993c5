from flask import Flask

app = Flask(__name__)
name = "café"; app.run(debug=True)
