from pydantic import BaseModel


class OrderIn(BaseModel):
    total: float
