from fastapi import APIRouter
from jose import jwt
from passlib.context import CryptContext

router = APIRouter()
pwd = CryptContext(schemes=["bcrypt"])


@router.post("/token")
async def token():
    return {"access_token": jwt.encode({"sub": "admin"}, "secret")}
