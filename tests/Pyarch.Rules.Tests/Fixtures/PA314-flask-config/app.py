from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# flask-cors reads the allowed origins from the config when CORS() is given none.
app.config["CORS_ORIGINS"] = ["https://app.example.com"]
CORS(app)
