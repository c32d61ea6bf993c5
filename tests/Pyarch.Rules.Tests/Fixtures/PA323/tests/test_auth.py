TEST_JWT = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiNDIiLCAicm9sZSI6ICJhZG1pbiJ9.fH95quS3whwryG4ZS5HvxXRueaXfBasy8_QO7Gspvfg"


def test_token():
    assert TEST_JWT.count(".") == 2
