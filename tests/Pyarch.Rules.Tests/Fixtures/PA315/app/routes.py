from fastapi import APIRouter

router = APIRouter()


@router.post("/login")
def login(username: str, password: str):
    return {"ok": True}


@router.post("/password-reset")
def password_reset(email: str):
    return {"sent": True}
