from datetime import datetime, timedelta, timezone

import jwt


def create_access_token(subject: str) -> str:
    expire = datetime.now(timezone.utc) + timedelta(minutes=30)
    return jwt.encode({"sub": subject, "exp": expire}, "secret", algorithm="HS256")
