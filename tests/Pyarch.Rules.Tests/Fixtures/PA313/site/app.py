from flask import Flask, render_template_string, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

app = Flask(__name__)

mail = Environment(loader=FileSystemLoader("mail"))  # expect: PA313 "without `autoescape`"
raw = Environment(loader=FileSystemLoader("raw"), autoescape=False)  # expect: PA313 "`autoescape=False`"
pages = Environment(loader=FileSystemLoader("site/templates"), autoescape=select_autoescape())
strict = Environment(autoescape=True)


@app.get("/hello")
def hello():
    name = request.args.get("name", "world")
    page = "<h1>Hello %s</h1>" % name
    return render_template_string(page)  # expect: PA313 "renders a template built with `%` formatting"


@app.get("/bye")
def bye():
    return render_template_string("<h1>Bye {{ name }}</h1>", name=request.args.get("name"))


@app.get("/badge")
def badge():
    label = Markup(f"<b>{request.args['label']}</b>")  # expect: PA313 "`Markup`"
    star = Markup("<i class='star'></i>")
    return label + star + Markup.escape(request.args["x"])
