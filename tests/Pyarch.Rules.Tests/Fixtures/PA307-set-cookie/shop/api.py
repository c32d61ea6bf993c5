from fastapi import FastAPI, Response

api = FastAPI()


@api.post("/prefs")
def save_preferences(response: Response):
    # Starlette's samesite defaults to "lax": only secure and httponly must be given.
    response.set_cookie("prefs", "compact", secure=True, httponly=True)
    response.set_cookie("debug_panel", "on")  # expect: PA307 "`response.set_cookie()` sets a cookie without `secure=True` or `httponly=True`"
    return {"saved": True}
