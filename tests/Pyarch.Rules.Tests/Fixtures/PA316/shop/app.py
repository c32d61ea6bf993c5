import jsonschema
from flask import Flask, request
from pydantic import BaseModel

from .models import Customer, db
from .schemas import CustomerSchema

app = Flask(__name__)

CUSTOMER_JSON_SCHEMA = {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": False}


class CustomerIn(BaseModel):
    name: str


class AuditEntry(db.Model):
    id = db.Column(db.Integer, primary_key=True)


@app.post("/customers")
def create_customer():
    customer = Customer(**request.get_json())  # expect: 16 PA316 "Data from `request.get_json()` reaches `Customer` without a schema"
    db.session.add(customer)
    db.session.commit()
    return {"id": customer.id}, 201


@app.put("/customers/<int:customer_id>")
def update_customer(customer_id):
    data = request.json
    customer = db.session.get(Customer, customer_id)
    for key, value in data.items():
        setattr(customer, key, value)  # expect: PA316 "reaches `setattr`"
    Customer.query.filter_by(id=customer_id).update(data)  # expect: PA316 "Customer.query.filter_by(id=customer_id).update"
    db.session.commit()
    return {"ok": True}


@app.post("/audit")
def audit():
    payload = dict(request.form)
    entry = AuditEntry(**payload)  # expect: PA316 "request.form"
    db.session.add(entry)
    return {"ok": True}


@app.post("/customers/validated")
def create_validated():
    fields = CustomerSchema().load(request.get_json())
    customer = Customer(**fields)
    db.session.add(customer)
    return {"id": customer.id}


@app.post("/customers/pydantic")
def create_pydantic():
    body = CustomerIn.model_validate(request.get_json())
    return {"id": Customer(**body.model_dump()).id}


@app.post("/customers/jsonschema")
def create_jsonschema():
    data = request.get_json()
    jsonschema.validate(data, CUSTOMER_JSON_SCHEMA)
    return {"id": Customer(**data).id}


@app.post("/customers/explicit")
def create_explicit():
    # Copying named fields is a deliberate choice of what the client may set.
    data = request.get_json()
    customer = Customer(name=data["name"])
    db.session.add(customer)
    return {"id": customer.id}


@app.get("/search")
def search():
    # Query strings are not bodies, and a plain dict is not a model.
    options = {}
    options.update(request.args)
    return {"options": options}
