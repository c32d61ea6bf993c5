from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

ORIGINS = ["*"]
TRUSTED = ["https://app.example.com", "https://admin.example.com"]

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"])  # expect: 36 PA314 "`CORSMiddleware` allows every origin"
app.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)  # expect: PA314 "with `allow_credentials=True`"
app.add_middleware(CORSMiddleware, allow_origins=TRUSTED, allow_credentials=True, allow_headers=["*"])

admin = FastAPI()
admin.add_middleware(CORSMiddleware, allow_origins=["https://admin.example.com"])
