import os

from flask import Flask, current_app


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(SECRET_KEY="dev", DATABASE="blog.sqlite")
    app.config.from_prefixed_env()
    app.config["SECRET_KEY"] = "s3cr3t-value-in-source"  # expect: 5 PA208 "string literal"
    app.config["DEBUG"] = True  # expect: PA208 "`True`"
    app.config["DEBUG"] = False
    app.config["TESTING"] = os.environ.get("TESTING") == "1"
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
    app.config["SECRET_KEY"] = ""
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///blog.db"
    app.config.update(
        TESTING=True,  # expect: 9 PA208 "`TESTING`"
        ENV="development",  # expect: PA208 "ENV"
        MAIL_SERVER="localhost",
    )
    app.config.update({"SECRET_KEY": b"raw-bytes"})  # expect: 24 PA208 "SECRET_KEY"
    app.secret_key = "another-literal"  # expect: PA208 "app.secret_key"
    app.secret_key = os.urandom(32)
    return app


def configure_from_request():
    current_app.config["DEBUG"] = True  # expect: PA208
