from hypothesis import given, strategies as st

from inventory.web.factory.core import create_app


@given(st.integers(min_value=0))
def test_stock(item_id):
    app = create_app({"TESTING": True})
    assert app.test_client().get(f"/stock/{item_id}").status_code in (200, 404)
