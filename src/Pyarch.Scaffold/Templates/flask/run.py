"""Entry point. Production runs `{{ web_command }}`; `python run.py` starts the development server."""
from app import create_app
from app.utils.env import env_int

app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=env_int("PORT", 5000))
