from {{ graphql_module }} import execute


def test_hello_greets_by_name() -> None:
    assert execute('{ hello(name: "Ada") }') == {"data": {"hello": "Hello, Ada!"}}


def test_unknown_field_is_reported_as_an_error() -> None:
    body = execute("{ nope }")

    assert body["errors"]
