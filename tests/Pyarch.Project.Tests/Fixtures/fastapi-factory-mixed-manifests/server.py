from ledger.api.factory import build_app

app = build_app()
