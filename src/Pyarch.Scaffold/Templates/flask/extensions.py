"""Flask extensions, created unbound and attached to each app in create_app."""
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
